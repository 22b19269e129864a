package io.backorder.parameters;

import java.util.List;

/** The parameters a service has; each service provides one bean of this type. */
public interface ParameterCatalog {

    List<ParameterDefinition> definitions();
}
