/** A 40 × 20 px PNG (plain blue, generated for the tests with Python's zlib/struct), as a data URI and as bytes. */
export const PNG_DATA_URI = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR4nGPgDp4yIIhh1OJRi0ctHrV41OJRi0ctHrV45FgMAKUv9F9bsigEAAAAAElFTkSuQmCC';
export const PNG_LOGO = new Uint8Array(Buffer.from(PNG_DATA_URI.slice(PNG_DATA_URI.indexOf(',') + 1), 'base64'));
