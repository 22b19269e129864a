package io.backorder.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.contracts.ContractJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** REST bodies read and write JSON exactly as the Kafka contract does (money as strings, no 4.5 read as 4). */
@Singleton
public class ContractJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        ContractJson.configure(mapper);
    }
}
