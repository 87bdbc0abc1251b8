package io.crmsync.testsupport;

import io.crmsync.TestCrmsyncApplication;
import java.io.IOException;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves every class compiled from the test sources out of a component scan. The run command starts
 * on the test classpath, and its scan of {@code io.crmsync} would otherwise pick up test fixtures
 * such as {@link TestAccounts} and put them into a real installation.
 */
public class TestSourcesExcludeFilter extends TypeExcludeFilter {

    private final String testClasses =
            TestCrmsyncApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toString();

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
        return reader.getResource().getURL().toString().startsWith(testClasses);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
