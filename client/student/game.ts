// Starts Phaser in a host element (this module and Phaser load only once a student has a seat). The canvas is
// drawn at the device's pixel ratio and shown at CSS size; the scenes work in CSS pixels. Phaser draws only the
// table: every form is a DOM element of the overlay. The keyboard plugin is off, so typing in the overlay's
// inputs is never captured. The build uses a custom Phaser with the Canvas renderer only
// (client/student/phaser-build.ts): the table is shapes and text.
import * as Phaser from 'phaser';
import type { Store } from '../net/store.ts';
import { Boot } from './boot.ts';
import { Table } from './table.ts';

export interface TableHandle {
  destroy(): void;
}

export function startTable(parent: HTMLElement, store: Store): TableHandle {
  const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const size = () => ({
    w: Math.max(240, Math.floor(parent.clientWidth)),
    h: Math.max(200, Math.floor(parent.clientHeight)),
  });
  const first = size();
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent,
    backgroundColor: '#0f2233',
    banner: false,
    scale: { mode: Phaser.Scale.NONE, width: first.w * dpr, height: first.h * dpr, zoom: 1 / dpr },
    // No keyboard capture (it would eat letters typed in the overlay); touches may still scroll the page.
    input: {
      keyboard: false,
      gamepad: false,
      touch: { capture: false },
      mouse: { preventDefaultWheel: false },
    },
    fps: { limit: 30 },
    // The loop sleeps when nothing moves: the last frame must survive the page being scrolled and composited
    // again, or a band of the canvas stays blank until the next change.
    render: { antialias: true, preserveDrawingBuffer: true },
    scene: [Boot, Table],
  });
  game.registry.set('store', store);
  game.registry.set('dpr', dpr);
  let last = first;
  const observer = new ResizeObserver(() => {
    const next = size();
    if (next.w === last.w && next.h === last.h) return;
    last = next;
    game.scale.resize(next.w * dpr, next.h * dpr);
  });
  observer.observe(parent);
  return {
    destroy() {
      observer.disconnect();
      game.destroy(true);
      delete window.__bc;
    },
  };
}
