#!/usr/bin/env node
export { m as main } from './chunks/main.js';
import 'node:path';
import 'node:util';
import './chunks/sarif.js';
import 'node:crypto';
import 'node:fs/promises';
import 'node:events';
import 'node:child_process';
import 'fs';
import 'process';
import 'buffer';
import 'node:process';
import 'node:url';
