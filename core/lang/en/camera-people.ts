/** People who work a camera ("a photographer at the scene", "an AP cameraman"): unnamed
 * sources, read with the words of anonymous.ts (kept apart: that file is past 400 lines). */
export const cameraPeople = [
  'cameraman',
  'cameramen',
  'camerawoman',
  'photographer',
  'photographers',
  'videographer',
  'videographers',
] as const;
