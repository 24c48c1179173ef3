// Boot: the first scene. Nothing to preload (the table is drawn from shapes and text), so it makes sure no
// keyboard capture is active and hands over to the table.
import * as Phaser from 'phaser';

export class Boot extends Phaser.Scene {
  constructor() {
    super({ key: 'Boot' });
  }

  create() {
    this.input.keyboard?.disableGlobalCapture();
    this.scene.start('Table');
  }
}
