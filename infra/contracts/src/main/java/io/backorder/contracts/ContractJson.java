package io.backorder.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The wire format of the contract: JSON as Jackson writes it with one shared configuration. Instants and dates
 * are ISO-8601 strings, money is a plain decimal string ("12.50"), null fields are written (a reader sees every
 * field), unknown fields are ignored (a tolerant reader), and a fractional number where a whole quantity is
 * expected is refused rather than truncated.
 *
 * <p>Every read and write helper throws {@link ContractException} with a message naming what could not be read
 * and where ({@code $.lines[0].quantity}, line and column), never echoing the whole payload.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private ContractJson() {
    }

    /**
     * Makes {@code mapper} read and write the contract as {@link #mapper()} does: for a mapper this module does
     * not own, such as Quarkus's through an {@code ObjectMapperCustomizer}, so REST bodies and Kafka messages
     * agree. Changes {@code mapper} and returns it.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new SimpleModule("backorder-contract-money")
                .addSerializer(BigDecimal.class, new PlainDecimalString()));
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
        return mapper;
    }

    /**
     * The shared mapper, configured once. Reading and writing with it is thread-safe; reconfiguring it is not and
     * would change the wire format for everyone, so call {@code mapper().copy()} if you need something else.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Event data as the JSON tree that goes into an envelope's {@code data}. */
    public static JsonNode toData(EventData data) {
        Objects.requireNonNull(data, "data");
        try {
            return MAPPER.valueToTree(data);
        } catch (IllegalArgumentException e) {
            throw new ContractException("cannot write " + data.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An envelope's {@code data} read into its record.
     *
     * @throws ContractException when the data is absent, not an object, or does not fit the record
     */
    public static <T> T fromData(JsonNode data, Class<T> dataClass) {
        String what = dataClass.getSimpleName();
        if (data == null || data.isMissingNode() || data.isNull()) {
            throw new ContractException("cannot read " + what + ": the event has no data");
        }
        if (!data.isObject()) {
            throw new ContractException("cannot read " + what + ": data is " + data.getNodeType() + ", not an object");
        }
        try {
            return MAPPER.treeToValue(data, dataClass);
        } catch (JsonProcessingException e) {
            throw new ContractException(describe(what, e), e);
        } catch (IllegalArgumentException e) {
            throw new ContractException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * An envelope's data read into the record its type names.
     *
     * @throws UnknownEventTypeException when the catalogue does not list the envelope's type
     * @throws ContractException when the data does not fit the record
     */
    public static EventData dataOf(EventEnvelope envelope) {
        return fromData(envelope.data(), EventTypes.classOf(envelope.type()));
    }

    /**
     * An envelope from its JSON text. Unknown fields are ignored; eventId, type and an object {@code data} are
     * required, the type need not be known (see {@link EventTypes#find}).
     *
     * @throws ContractException when the text is not JSON, does not fit the envelope, or lacks a required field
     */
    public static EventEnvelope readEnvelope(String json) {
        Objects.requireNonNull(json, "json");
        return checked(read("event envelope", () -> MAPPER.readValue(json, EventEnvelope.class)));
    }

    /** {@link #readEnvelope(String)} for a Kafka record value (UTF-8 JSON). */
    public static EventEnvelope readEnvelope(byte[] json) {
        Objects.requireNonNull(json, "json");
        return checked(read("event envelope", () -> MAPPER.readValue(json, EventEnvelope.class)));
    }

    /** An envelope as JSON text, every field written. */
    public static String writeEnvelope(EventEnvelope envelope) {
        return write(envelope);
    }

    /**
     * A bare JSON body (an {@code OrderPlaced} posted without an envelope, say) read into its record; the value
     * is not validated here.
     *
     * @throws ContractException when the text is not JSON, is {@code null}, or does not fit the record
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return notNull(type, read(type.getSimpleName(), () -> MAPPER.readValue(json, type)));
    }

    /** {@link #read(String, Class)} for bytes (UTF-8 JSON). */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return notNull(type, read(type.getSimpleName(), () -> MAPPER.readValue(json, type)));
    }

    /** Any value of the contract as JSON text. */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ContractException("cannot write " + value.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T read(String what, Reading<T> reading) {
        try {
            return reading.read();
        } catch (JsonProcessingException e) {
            throw new ContractException(describe(what, e), e);
        } catch (IOException e) {
            throw new ContractException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private static <T> T notNull(Class<T> type, T value) {
        if (value == null) {
            throw new ContractException("cannot read " + type.getSimpleName() + ": the body is null");
        }
        return value;
    }

    private static EventEnvelope checked(EventEnvelope envelope) {
        if (envelope == null) {
            throw new ContractException("cannot read event envelope: the body is null");
        }
        requireText(envelope.eventId(), "eventId");
        requireText(envelope.type(), "type");
        JsonNode data = envelope.data();
        if (data == null || data.isNull() || data.isMissingNode()) {
            throw new ContractException("cannot read event envelope: data is missing");
        }
        if (!data.isObject()) {
            throw new ContractException("cannot read event envelope: data is " + data.getNodeType() + ", not an object");
        }
        return envelope;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ContractException("cannot read event envelope: " + field + " is missing");
        }
    }

    private static String describe(String what, JsonProcessingException e) {
        StringBuilder message = new StringBuilder("cannot read ").append(what);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message.append(" at ").append(path(mapping.getPath()));
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return message.append(": ").append(e.getOriginalMessage()).toString();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Every {@code BigDecimal} as a plain decimal string ("100", never "1E+2"), also into a tree, where Jackson's
     * own string shape would ignore {@code WRITE_BIGDECIMAL_AS_PLAIN}.
     */
    private static final class PlainDecimalString extends StdSerializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        PlainDecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toPlainString());
        }
    }
}
