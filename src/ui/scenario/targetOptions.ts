import type { ShockTarget } from '../../engine/model';
import { PLATFORM_GROUPS, SOURCE_KINDS } from '../../engine/model';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import { decodeTarget, encodeTarget, JIEBEI_HUABEI } from './builderModel';

/** A plan source as the target picker needs it. */
export type SourceRef = { id: string; name: string };

export type TargetOption = { value: string; label: string };
export type TargetOptionGroup = { label: string; options: TargetOption[] };

function sourceName(id: string, sources: readonly SourceRef[], lang: Lang): string {
  const s = sources.find((x) => x.id === id);
  if (!s) return SCENARIO[lang].unknownSource(id);
  return localName(s.name, lang) || id;
}

/** What a shock hits, in words: "Jiebei and Huabei", "All of Ant Group (Alipay)", a source's name. */
export function targetLabel(
  target: ShockTarget,
  sources: readonly SourceRef[],
  lang: Lang,
): string {
  const m = SCENARIO[lang];
  const d = DOMAIN[lang];
  switch (target.type) {
    case 'sources':
      return target.sourceIds.map((id) => sourceName(id, sources, lang)).join(m.listJoin);
    case 'kinds':
      return encodeTarget(target) === JIEBEI_HUABEI
        ? m.jiebeiHuabei
        : target.kinds.map((k) => d.sourceKind[k]).join(m.listJoin);
    case 'group':
      return m.wholeGroup(d.platformGroup[target.group]);
    default: {
      const never: never = target;
      return never;
    }
  }
}

/**
 * The choices of the target select, grouped: the common Jiebei + Huabei pair, each source of the
 * plan, every kind, every platform group; plus `current` when it is none of those (a file's list).
 */
export function targetOptionGroups(
  sources: readonly SourceRef[],
  current: string,
  lang: Lang,
): TargetOptionGroup[] {
  const m = SCENARIO[lang];
  const d = DOMAIN[lang];
  const groups: TargetOptionGroup[] = [
    { label: m.targetGroups.common, options: [{ value: JIEBEI_HUABEI, label: m.jiebeiHuabei }] },
  ];
  if (sources.length > 0) {
    groups.push({
      label: m.targetGroups.sources,
      options: sources.map((s) => ({
        value: `sources:${s.id}`,
        label: sourceName(s.id, sources, lang),
      })),
    });
  }
  groups.push({
    label: m.targetGroups.kinds,
    options: SOURCE_KINDS.map((k) => ({ value: `kinds:${k}`, label: d.sourceKind[k] })),
  });
  groups.push({
    label: m.targetGroups.groups,
    options: PLATFORM_GROUPS.map((g) => ({
      value: `group:${g}`,
      label: m.wholeGroup(d.platformGroup[g]),
    })),
  });
  const known = groups.some((g) => g.options.some((o) => o.value === current));
  const decoded = decodeTarget(current);
  if (!known && decoded) {
    groups.push({
      label: m.targetGroups.other,
      options: [{ value: current, label: targetLabel(decoded, sources, lang) }],
    });
  }
  return groups;
}
