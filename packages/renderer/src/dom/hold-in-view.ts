/**
 * Keeps an element the user was just taken to in view while the page settles around it. After a
 * jump, parts drawn for the first time (`content-visibility: auto`) and a long table's row window
 * (./keep-in-place.ts) change heights above and below for several frames, and each change can move
 * the element out of view again. The hold ends after `frames` frames, or as soon as the user
 * scrolls, clicks or types: from then on where the page is, is theirs.
 */
const USER_INPUT = ["wheel", "touchstart", "pointerdown", "keydown"] as const;

export function holdInView(element: HTMLElement, frames = 60): void {
  let left = frames;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    for (const type of USER_INPUT) window.removeEventListener(type, stop, true);
  };
  for (const type of USER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  const check = (): void => {
    if (stopped) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (element.isConnected && (bottom < 0 || top > window.innerHeight)) element.scrollIntoView({ block: "start" });
    if (--left > 0 && element.isConnected) requestAnimationFrame(check);
    else stop();
  };
  element.scrollIntoView({ block: "start" });
  requestAnimationFrame(check);
}
