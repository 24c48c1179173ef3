// Phaser's source modules (CommonJS, untyped), which only client/student/phaser-build.ts imports; the client's
// code sees Phaser through the full types of `phaser`.
declare module 'phaser/src/*' {
  const value: unknown;
  export default value;
}
