import './viewer.js';
