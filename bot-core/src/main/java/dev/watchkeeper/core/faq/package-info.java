@NullMarked
package dev.watchkeeper.core.faq;

import org.jspecify.annotations.NullMarked;
