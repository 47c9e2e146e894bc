/**
 * Dense retrieval: sentence embeddings of the knowledge base's phrasings, computed in-process on
 * the CPU (ONNX Runtime), cached on disk by content hash, and searched by cosine similarity beside
 * the lexical index.
 */
@NullMarked
package dev.watchkeeper.knowledge.semantic;

import org.jspecify.annotations.NullMarked;
