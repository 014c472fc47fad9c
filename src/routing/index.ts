export { useRoute, navigate, replaceHash, buildHash, parseHash, Link, type Route } from './router';
export { routes } from './routes';
