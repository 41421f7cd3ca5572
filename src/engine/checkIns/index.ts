export * from './types';
export {
  BUFFER_DAYS,
  LIMIT_CUT_PERCENT,
  bufferDaysOf,
  byDate,
  compareCheckIns,
  planReference,
  trendOf,
} from './compare';
