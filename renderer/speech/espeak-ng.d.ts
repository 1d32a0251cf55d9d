/** The parts of the @echogarden/espeak-ng-emscripten build this app uses (it ships no types). */
declare module '@echogarden/espeak-ng-emscripten' {
  export type ESpeakNGWorker = {
    /** 0 when the voice exists and is now in use. */
    set_voice(voice: string): number;
    get_samplerate(): number;
    /** Calls back with each chunk of 16-bit mono samples; returning true stops synthesis. */
    synthesize(text: string, callback: (samples: Int16Array, events: unknown[]) => boolean): void;
  };
  type EspeakModule = { eSpeakNGWorker: new () => ESpeakNGWorker };
  type ModuleOptions = {
    /** Hands the voice data to the engine, instead of letting it fetch the file by itself. */
    getPreloadedPackage?: (name: string, size: number) => ArrayBuffer;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  };
  const Module: (options?: ModuleOptions) => Promise<EspeakModule>;
  export default Module;
}
