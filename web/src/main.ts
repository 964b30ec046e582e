// Entry point: the page, and the engine around the worker it starts (all wasm work happens there).
import './style.css';
import { App } from './app';

const app = new App(document.getElementById('app')!);
void app.start();
