/**
 * V8 flags of the `sumber` command, set by its launcher (cli/launcher.cjs) once the bundle is
 * compiled (they are process-wide, so worker threads run with them too). V8 takes a code cache
 * only under the flags it was made with: the bundle's is made and read under V8's defaults,
 * as Node's own are, which cli/build.mjs appends to the copy beside the bundle
 * (V8_FLAG_DEFAULTS, read from `node --v8-options`).
 *
 * Less work for V8's optimising compiler, which runs on background threads: with its defaults
 * it spent about as much CPU as the analysis itself over the 321 corpus pages (2.3 s beside
 * 2.5 s on the main thread), CPU that a second job needs on a two-core machine, and each worker
 * thread pays it again. Inlining less and optimising a function after four times the default
 * warm-up cut that to about 0.8 s with the main thread no slower, over the corpus and over it
 * three times in one run (hot code is still optimised, a little later).
 *
 * Regular expressions compiled once, to machine code, on first use: by default V8 first
 * compiles one to bytecode and compiles it again to machine code on its second use, parsing
 * it each time, and the \p{L}-style classes that most of ours hold are each built anew from
 * ICU's tables by every parse (instruction counts with callgrind: a one-file run 18M fewer on
 * the main thread, of about 460M above bare Node; 24 corpus pages 4.4% fewer).
 *
 * Not `--no-sparkplug` (measured, session 26): baseline code is compiled on the main thread,
 * and a 2 KB page's one-file run took 20M to 30M fewer instructions of about 820M without it
 * (callgrind, all threads), but a 9 KB page already took 16M more, a 220 KB page 68M more and
 * 20 corpus pages in one run 15% more. Nor a later feedback vector
 * (`--interrupt-budget-factor-for-feedback-allocation=24`): no fewer for a small page, 2% more
 * for the 20.
 *
 * The young generation grown to its full size at its first growth: nearly all that a run
 * allocates before its first report (the bundle's tables, the restored language pack) lives
 * to the end, and V8, growing the young generation 2x at a time from 1 MB, copied it in six
 * collections in a one-file run, each waiting on helper threads (on a busy machine, tens of
 * ms). Grown 16x, it is copied in two. Its initial size is set before any script runs (a
 * command-line flag, out of reach here); its growth is read at each collection. (Callgrind,
 * one-file run: 527M to 482M instructions over all threads, 12M of them on the main thread;
 * 12 corpus pages 0.6% fewer.)
 */
exports.V8_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=200',
  '--interrupt-budget=270336',
  '--no-regexp-tier-up',
  '--semi-space-growth-factor=16',
];
