/**
 * When to start loading the speech engine. Loading it is heavy (a 24 MB voice file, fetched and
 * compiled anew each visit, since quick exit empties the cache), so on a slow kiosk it must not
 * run alongside a visitor's taps: it starts once nobody has touched the screen for 1.5 s, or
 * soon after the screen is up where the office needs speech from the first tap (read aloud or
 * explore by touch by default). Returns a function that cancels the wait.
 */
export const STILL_BEFORE_WARMING_MS = 1500;
const AT_ONCE_MS = 300;

export function warmWhenStill(options: { lastActivity: () => number; atOnce: boolean; warm: () => void }): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const check = (): void => {
    const still = performance.now() - options.lastActivity();
    if (options.atOnce || still >= STILL_BEFORE_WARMING_MS) options.warm();
    else timer = setTimeout(check, STILL_BEFORE_WARMING_MS - still);
  };
  timer = setTimeout(check, options.atOnce ? AT_ONCE_MS : STILL_BEFORE_WARMING_MS);
  return () => clearTimeout(timer);
}
