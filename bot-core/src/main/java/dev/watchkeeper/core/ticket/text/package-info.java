/**
 * Reading ticket text: redacting secrets before anything is stored, masking personal data before
 * it is shown outside the agent's view, recognising security incidents, and pulling out the
 * context an agent needs (transaction hashes, addresses and their likely chain, account ids,
 * amounts). Pure functions over strings; thread-safe; never block.
 */
@NullMarked
package dev.watchkeeper.core.ticket.text;

import org.jspecify.annotations.NullMarked;
