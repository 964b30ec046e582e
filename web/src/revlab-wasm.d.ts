// The Emscripten glue of the browser module (wasm/CMakeLists.txt, target revlab_web), resolved
// through the `revlab-wasm` alias of vite.config.ts. Only what src/worker.ts uses is declared.
declare module 'revlab-wasm/revlab_web.js' {
  type Arg = 'number' | 'string';
  export interface RevlabModule {
    cwrap(name: string, ret: Arg | null, args: Arg[]): (...args: (number | string)[]) => unknown;
    UTF8ToString(ptr: number, maxBytesToRead?: number): string;
    stringToUTF8(text: string, ptr: number, maxBytes: number): void;
    lengthBytesUTF8(text: string): number;
    _malloc(size: number): number;
    _free(ptr: number): void;
    /** The linear memory as bytes (replaced when memory grows: read it afresh each time). */
    readonly HEAP8: Int8Array;
  }
  export interface ModuleOptions {
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ) => object;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const createRevlab: (options?: ModuleOptions) => Promise<RevlabModule>;
  export default createRevlab;
}
