package io.github.sockcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.RelatedLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingResult;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The declarations come from the effective model Maven's own model builder makes, with location
 * tracking on as Maven's project builder sets it: no POM is read a second time.
 */
class ModelDeclarationsTest {

  @TempDir Path root;

  private static final String PARENT =
      """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <groupId>g</groupId><artifactId>parent</artifactId><version>1</version>
        <packaging>pom</packaging>
        <properties>
          <netty.version>4.2.8.Final</netty.version>
        </properties>
        <dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>io.netty</groupId><artifactId>managed</artifactId>
              <version>${netty.version}</version>
            </dependency>
          </dependencies>
        </dependencyManagement>
        <dependencies>
          <dependency>
            <groupId>x</groupId><artifactId>inherited</artifactId><version>3</version>
          </dependency>
        </dependencies>
      </project>
      """;

  private static final String APP =
      """
      <project>
        <modelVersion>4.0.0</modelVersion>
        <parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>
        <artifactId>app</artifactId>
        <properties>
          <own.version>2.0</own.version>
        </properties>
        <dependencies>
          <dependency>
            <groupId>io.netty</groupId><artifactId>managed</artifactId>
          </dependency>
          <dependency>
            <groupId>x</groupId><artifactId>property</artifactId><version>${own.version}</version>
          </dependency>
          <dependency>
            <groupId>x</groupId><artifactId>literal</artifactId><version>1.5</version>
          </dependency>
        </dependencies>
      </project>
      """;

  @Test
  void managedVersionPointsAtTheManagementEntryAndItsProperty() throws Exception {
    ModelDeclarations.Declaration d = declarations().of("io.netty", "managed").orElseThrow();
    assertEquals("app/pom.xml", d.declaredAt().path());
    assertEquals(9, d.declaredAt().startLine());
    assertEquals(
        List.of(
            "pom.xml:10 version managed here (dependencyManagement)",
            "pom.xml:6 version from property `netty.version`"),
        describe(d.versionSource()));
  }

  @Test
  void ownVersionFromAPropertyOfTheModule() throws Exception {
    ModelDeclarations.Declaration d = declarations().of("x", "property").orElseThrow();
    assertEquals(12, d.declaredAt().startLine());
    assertEquals(
        List.of("app/pom.xml:6 version from property `own.version`"), describe(d.versionSource()));
  }

  @Test
  void literalVersionIsItsOwnSource() throws Exception {
    ModelDeclarations.Declaration d = declarations().of("x", "literal").orElseThrow();
    assertEquals(List.of("app/pom.xml:16 version declared here"), describe(d.versionSource()));
  }

  @Test
  void dependencyInheritedFromTheParentIsDeclaredThere() throws Exception {
    ModelDeclarations.Declaration d = declarations().of("x", "inherited").orElseThrow();
    assertEquals("pom.xml", d.declaredAt().path());
    assertEquals(17, d.declaredAt().startLine());
    assertEquals(
        List.of("pom.xml:18 version inherited from the parent POM"), describe(d.versionSource()));
  }

  /**
   * A version managed by an imported BOM outside the tree: the BOM's entry, then the import in the
   * project's POM (where a user changes it) and the property its version uses.
   */
  @Test
  void versionFromAnImportedBomNamesTheImport() throws Exception {
    Files.writeString(root.resolve("pom.xml"), PARENT);
    Path bom = root.resolve("m2/org/example/the-bom/3/the-bom-3.pom");
    Files.createDirectories(bom.getParent());
    Files.writeString(
        bom,
        """
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example</groupId><artifactId>the-bom</artifactId><version>3</version>
          <packaging>pom</packaging>
          <dependencyManagement><dependencies>
            <dependency><groupId>x</groupId><artifactId>z</artifactId><version>9.9</version></dependency>
          </dependencies></dependencyManagement>
        </project>
        """);
    Files.createDirectories(root.resolve("app"));
    Path appPom =
        Files.writeString(
            root.resolve("app/pom.xml"),
            """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>
              <artifactId>app</artifactId>
              <properties><bom.version>3</bom.version></properties>
              <dependencyManagement><dependencies>
                <dependency>
                  <groupId>org.example</groupId><artifactId>the-bom</artifactId>
                  <version>${bom.version}</version><type>pom</type><scope>import</scope>
                </dependency>
              </dependencies></dependencyManagement>
              <dependencies>
                <dependency><groupId>x</groupId><artifactId>z</artifactId></dependency>
              </dependencies>
            </project>
            """);
    ModelDeclarations.Declaration d = declarations(appPom).of("x", "z").orElseThrow();
    assertEquals(
        List.of(
            "m2/org/example/the-bom/3/the-bom-3.pom:6 version managed here (dependencyManagement)",
            "app/pom.xml:7 version from the imported BOM org.example:the-bom:3",
            "app/pom.xml:5 version from property `bom.version`"),
        describe(d.versionSource()));
  }

  @Test
  void unknownDependencyHasNoDeclaration() throws Exception {
    assertTrue(declarations().of("x", "absent").isEmpty());
  }

  private ModelDeclarations declarations() throws Exception {
    Files.writeString(root.resolve("pom.xml"), PARENT);
    Files.createDirectories(root.resolve("app"));
    return declarations(Files.writeString(root.resolve("app/pom.xml"), APP));
  }

  /** The project as Maven's project builder gives it: effective model, raw models, parent. */
  private ModelDeclarations declarations(Path appPom) throws Exception {
    Path parentPom = root.resolve("pom.xml");
    DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
    request.setPomFile(appPom.toFile());
    request.setLocationTracking(true);
    request.setProcessPlugins(false);
    request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
    request.setSystemProperties(System.getProperties());
    request.setModelResolver(new DirectoryResolver(root.resolve("m2")));
    ModelBuildingResult result = new DefaultModelBuilderFactory().newInstance().build(request);

    MavenProject parent = new MavenProject(result.getRawModel("g:parent:1"));
    parent.setFile(parentPom.toFile());
    parent.setOriginalModel(result.getRawModel("g:parent:1"));
    MavenProject project = new MavenProject(result.getEffectiveModel());
    project.setFile(appPom.toFile());
    project.setOriginalModel(result.getRawModel());
    project.setParent(parent);
    return new ModelDeclarations(project, root.toAbsolutePath().normalize());
  }

  private static List<String> describe(List<RelatedLocation> sources) {
    return sources.stream()
        .map(r -> r.location().path() + ":" + r.location().startLine() + " " + r.message())
        .toList();
  }

  /** Finds POMs in a directory laid out as a Maven repository (for the imported BOM). */
  private record DirectoryResolver(Path repository) implements ModelResolver {
    @Override
    public ModelSource resolveModel(String groupId, String artifactId, String version)
        throws UnresolvableModelException {
      Path pom =
          repository.resolve(
              groupId.replace('.', '/')
                  + "/"
                  + artifactId
                  + "/"
                  + version
                  + "/"
                  + artifactId
                  + "-"
                  + version
                  + ".pom");
      if (!Files.isRegularFile(pom))
        throw new UnresolvableModelException("not in " + repository, groupId, artifactId, version);
      return new FileModelSource(pom.toFile());
    }

    @Override
    public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
      return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
    }

    @Override
    public ModelSource resolveModel(org.apache.maven.model.Dependency dependency)
        throws UnresolvableModelException {
      return resolveModel(
          dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
    }

    @Override
    public void addRepository(Repository repository) {}

    @Override
    public void addRepository(Repository repository, boolean replace) {}

    @Override
    public ModelResolver newCopy() {
      return this;
    }
  }
}
