@NullMarked
package dev.watchkeeper.config.faq;

import org.jspecify.annotations.NullMarked;
