/**
 * The knowledge base as staff review it: every entry with its languages, the supported languages
 * it lacks a translation in, and members' votes on it; filtered by a missing language and searched
 * by title. Plain Java over the core's knowledge-base and answer-feedback ports.
 */
@NullMarked
package dev.watchkeeper.web.knowledge;

import org.jspecify.annotations.NullMarked;
