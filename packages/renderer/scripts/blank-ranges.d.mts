export declare const blank: (text: string) => string;
export declare function blankRanges(code: string, ranges: readonly (readonly [number, number])[]): string;
