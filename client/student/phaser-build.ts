// A custom Phaser build: the parts of Phaser 4 the table uses and nothing else, following Phaser's own
// custom-build recipe (an entry that requires only the modules wanted from `phaser/src`, and the feature flags
// set at build; see vite.config.ts). The client's code still writes `import * as Phaser from 'phaser'` and is
// type-checked against Phaser's full types; only the build points `phaser` here. Whatever the table, the boot
// scene or game.ts use from Phaser must be exported here (tests/build/client-size.test.ts checks it).
// The renderer is Canvas 2D only: the table is shapes and text, which the canvas draws as well as WebGL, and
// the WebGL renderer (its shaders, render nodes and filters) was most of the library.
import CONST from 'phaser/src/const.js';
import Game from 'phaser/src/core/Game.js';
import Scene from 'phaser/src/scene/Scene.js';
import SCALE_MODE from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import Graphics from 'phaser/src/gameobjects/graphics/Graphics.js';
import Text from 'phaser/src/gameobjects/text/Text.js';
// The base class every game object extends (the table names it as a type; Container and Text load it anyway).
import GameObject from 'phaser/src/gameobjects/GameObject.js';
import Circle from 'phaser/src/geom/circle/Circle.js';
import CircleContains from 'phaser/src/geom/circle/Contains.js';
// The scene plugins the table needs; each registers itself with Phaser's plugin cache when loaded, and a scene
// gets only the plugins that are registered (the loader, the clock, the lights, the keyboard are left out).
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/input/InputPlugin.js';
import 'phaser/src/tweens/TweenManager.js';
// `this.add.container / graphics / text`: each factory registers itself with the GameObjectFactory.
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

const consts = CONST as { AUTO: number; CANVAS: number; WEBGL: number; VERSION: string };

// Phaser's own geom/circle/index.js hangs the helpers on the class the same way.
(Circle as { Contains?: unknown }).Contains = CircleContains;

export const AUTO = consts.AUTO;
export const CANVAS = consts.CANVAS;
export const WEBGL = consts.WEBGL;
export const VERSION = consts.VERSION;
export { Game, Scene };
export const Scale = { NONE: (SCALE_MODE as { NONE: number }).NONE };
export const GameObjects = { Container, GameObject, Graphics, Text };
export const Geom = { Circle };
