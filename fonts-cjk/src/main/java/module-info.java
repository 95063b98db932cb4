/**
 * Noto Sans CJK (Chinese, Japanese, Korean), as a resource-only module: {@code
 * META-INF/carepress/fonts.properties} lists them and {@code dev.carepress.render.pdf} finds them
 * on the class path or module path with no configuration.
 */
module dev.carepress.fonts.cjk {}
