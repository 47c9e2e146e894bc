/** Rendering the core's Markdown as Telegram HTML, split under the message size limit, and choices as inline keyboards. */
@NullMarked
package dev.watchkeeper.telegram.render;

import org.jspecify.annotations.NullMarked;
