/**
 * Stands in for `got` in electronegativity's translation loader: it would fetch translations from
 * GitHub (twice, waiting for a timeout each time on an offline machine). The bundled English is used.
 */
module.exports = () => Promise.reject(new Error('offline: the bundled translations are used'));
