export declare const PRERENDER_MARK: string;
export declare function prerenderIndex(indexPath?: string): Promise<'prerendered' | 'already'>;
