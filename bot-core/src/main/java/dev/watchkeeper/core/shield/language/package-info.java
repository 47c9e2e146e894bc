/** Social-engineering phrases in English, Russian, Chinese, Spanish, Portuguese and Turkish, and the recognisers for warnings and victim reports that must not be taken for scams. */
@NullMarked
package dev.watchkeeper.core.shield.language;

import org.jspecify.annotations.NullMarked;
