// The instructor's console (host.html). A link from POST /api/sessions (`#session=ID&secret=SECRET`) is
// remembered in this browser and the secret taken out of the address bar at once (see Console.route), so a
// projected or shared screen never shows it; later visits find the session in the console's own list.
import '../styles.css';
import './console.css';
import { preferredLanguage } from '../i18n/index.ts';
import { setConsoleLanguage } from '../i18n/console.ts';
import { Console } from './console.ts';

await setConsoleLanguage(preferredLanguage());
const root = document.getElementById('app');
if (root) new Console(root);
