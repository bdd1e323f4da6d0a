export default defineBackground(() => {
  // wired in issue #2
});
