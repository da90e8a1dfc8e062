#!/usr/bin/env node
import 'node:path';
import 'node:util';
export { m as main } from './chunks/main.js';
import './chunks/sarif.js';
import 'node:crypto';
import 'node:fs/promises';
import 'node:child_process';
import 'fs';
import 'process';
import 'buffer';
import 'node:process';
import 'node:url';
