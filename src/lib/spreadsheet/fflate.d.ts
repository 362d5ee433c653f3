/** The part of fflate 0.7 the zip guard uses (its browser entry ships no types under "exports"). */
declare module 'fflate' {
  export class Inflate {
    constructor(ondata?: (chunk: Uint8Array, final: boolean) => void);
    push(chunk: Uint8Array, final?: boolean): void;
  }
}
