package dev.watchkeeper.core.shield;

/**
 * The figures of one link-list evaluation.
 *
 * @param domains how many domains were checked
 * @param flagged how many got a suspicious or scam verdict
 * @param flaggedRate flagged over domains
 * @param scam how many of the flagged got a scam verdict
 */
public record LinkEvaluation(int domains, int flagged, double flaggedRate, int scam) {}
