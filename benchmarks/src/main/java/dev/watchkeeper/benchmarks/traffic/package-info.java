/**
 * A realistic day of community traffic for the incident benchmarks: {@link
 * dev.watchkeeper.benchmarks.traffic.CommunityTraffic} writes a seeded 24-hour day of member
 * messages (Discord and Telegram, group chats and private chats, six languages, a diurnal rate,
 * bursts of chatter, repeats, a spammer and a busy hour) and can inject the spike of one incident
 * topic; {@link dev.watchkeeper.benchmarks.traffic.TopicWindows} counts distinct members per topic
 * in sliding windows, by the generator's own topic labels.
 *
 * <p>The texts come from the repository's question sets ({@code eval/faq/bundled}: the tuning
 * files and {@code chatter}, never the held-out folders) and from {@code eval/incident/tuning};
 * the shape of the day (communities, diurnal curve, topic popularity, what members add to a
 * question) from the {@code traffic/} resources. Nothing here reads a held-out set.
 */
@NullMarked
package dev.watchkeeper.benchmarks.traffic;

import org.jspecify.annotations.NullMarked;
