package dev.watchkeeper.redis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned JSON format of every stored value: the value's fields with a leading {@code "v"}
 * field, such as {@code {"v":1,"id":"WK-1042",…}}. Records are written field by field (no getters)
 * and read through their canonical constructors; nulls are left out and unknown fields ignored,
 * so adding a field to a core record keeps old data readable. A change that cannot be read that
 * way bumps {@link #VERSION} and teaches {@link #read} the old one. Thread-safe.
 */
public final class JsonCodec {
    /** The format version written now. */
    public static final int VERSION = 1;

    private static final String HEAD = "{\"v\":" + VERSION + ",";

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultVisibility(vc -> vc.withVisibility(
                            com.fasterxml.jackson.annotation.PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(
                            com.fasterxml.jackson.annotation.PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                    .withVisibility(
                            com.fasterxml.jackson.annotation.PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY))
            .changeDefaultPropertyInclusion(
                    incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The value as versioned JSON. */
    public String write(Object value) {
        String json = mapper.writeValueAsString(value);
        if (json.length() < 2 || json.charAt(0) != '{') {
            throw new IllegalArgumentException("only objects are stored: " + value.getClass());
        }
        return json.equals("{}") ? "{\"v\":" + VERSION + "}" : HEAD + json.substring(1);
    }

    /** Reads a value written by this or an earlier version. */
    public <T> T read(String json, Class<T> type) {
        int version = versionOf(json);
        if (version != VERSION) {
            throw new IllegalStateException("stored value has format version " + version + "; this build reads "
                    + VERSION + " (upgrade Watchkeeper)");
        }
        return mapper.readValue(json, type);
    }

    /** The mapper with this format's settings, for formats built on it (messages between instances). */
    public JsonMapper mapper() {
        return mapper;
    }

    private static int versionOf(String json) {
        if (!json.startsWith("{\"v\":")) {
            return 0;
        }
        int end = 5;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end == 5 ? 0 : Integer.parseInt(json.substring(5, end));
    }
}
