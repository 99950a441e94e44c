import './country.js';
import './research-field.js';
import './agency.js';
import './mutations.js';
