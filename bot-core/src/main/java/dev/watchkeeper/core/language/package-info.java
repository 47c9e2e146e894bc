/**
 * The languages the bot speaks to members (English, Russian, Chinese, Spanish, Portuguese and
 * Turkish): telling which one a member uses ({@link dev.watchkeeper.core.language.MemberLanguage}
 * over the {@link dev.watchkeeper.core.language.LanguageDetector} port) and the texts the bot says
 * in each, read from message bundles ({@link dev.watchkeeper.core.language.MessageCatalog}).
 * Thread-safe; nothing here blocks on the network.
 */
@NullMarked
package dev.watchkeeper.core.language;

import org.jspecify.annotations.NullMarked;
