import './viewer.js';
import './api-keys.js';
