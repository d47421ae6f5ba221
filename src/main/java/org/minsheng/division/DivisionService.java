package org.minsheng.division;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minsheng.base.Installation;
import org.minsheng.base.db.ReadOnce;
import org.minsheng.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrative divisions the campaign reports for: public codes, readable by every signed-in user. */
@Service
@Transactional(readOnly = true)
public class DivisionService implements Installation {

    private final DivisionRepository divisions;
    private final CurrentUser currentUser;
    private final String cityCode;

    DivisionService(
            DivisionRepository divisions,
            CurrentUser currentUser,
            @Value("${minsheng.city-code:350600}") String cityCode) {
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.cityCode = cityCode;
    }

    /** The city whose commission runs this installation (漳州市 350600 by default). */
    public Division city() {
        currentUser.requireSignedIn();
        return installationUnit();
    }

    /** Open to anyone: the sign-in page names the issuer before anyone signs in. */
    @Override
    public String unitName() {
        return installationUnit().name();
    }

    /** Open to anyone, as {@link #unitName()} is. */
    @Override
    public String issuerKey() {
        return installationUnit().level().issuerKey();
    }

    private Division installationUnit() {
        return divisions
                .findByCode(cityCode)
                .orElseThrow(() -> new IllegalStateException("The city " + cityCode + " is not in the division table"));
    }

    /**
     * The county-level units of the city as they were during a year: 2020 has 龙海市 and 长泰县,
     * 2021 has 龙海区 and 长泰区.
     */
    public List<Division> countiesIn(int year) {
        return childrenIn(city().id(), year);
    }

    /** The units directly below {@code unitId} that existed during the year, in display order. */
    public List<Division> childrenIn(int unitId, int year) {
        currentUser.requireSignedIn();
        return divisions.findChildren(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The units that enter figures during a year: the city itself, which reports the city-level
     * indicators (牵头市直部门, 整治问题类别), first, then its county-level units. Above a city (a province's
     * or the country's installation) every city below, each followed by its counties: the county
     * statisticians enter, the cities their own city-level indicators; the root itself enters nothing.
     */
    public List<Division> reportingUnitsIn(int year) {
        currentUser.requireSignedIn();
        // an import's dry run maps its file with them, then checks it with them
        return ReadOnce.inTransaction(List.of("reportingUnitsIn", year), () -> readReportingUnitsIn(year));
    }

    private List<Division> readReportingUnitsIn(int year) {
        var root = city();
        if (root.level().ordinal() < Division.Level.CITY.ordinal()) {
            return List.copyOf(
                    divisions.findReportingUnitsBelow(root.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        var units = new ArrayList<Division>();
        units.add(root);
        // the root as read above: countiesIn would read it again, and an import asks this twice a file
        units.addAll(childrenIn(root.id(), year));
        return List.copyOf(units);
    }

    /**
     * The root and every unit below it down to county level that existed during the year, each unit
     * followed by the units below it: the units that have their own dashboard page with tiles and
     * rankings. A city's installation is the city and its county-level units (2021: 龙海区, not 龙海市).
     */
    public List<Division> unitsIn(int year) {
        var root = city();
        return divisions.findTreeDownToCounty(root.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A unit with its validity and successor, for browsing the hierarchy. */
    public Optional<DivisionNode> node(String code) {
        currentUser.requireSignedIn();
        return divisions.findNode(code);
    }

    /**
     * The unit of this code when the table holds it but the installation does not: the root's parents
     * (福建省 above 漳州市) and their other units are in the table for the names, and a dashboard opened
     * the root's page for them without a word. Empty for the root, a unit below it and a code no unit has.
     */
    public Optional<DivisionNode> outsideInstallation(String code) {
        currentUser.requireSignedIn();
        var asked = divisions.findNode(code);
        int root = installationUnit().id();
        // a unit's line up to the top is a few levels (country, province, city, county, town)
        for (var at = asked;
                at.isPresent();
                at = at.get().parentId() == null
                        ? Optional.empty()
                        : divisions.findNode(at.get().parentId())) {
            if (at.get().id() == root) {
                return Optional.empty();
            }
        }
        return asked;
    }

    /** A page of the units directly below a unit, closed ones included, in display order. */
    public List<DivisionNode> children(DivisionNode parent, int offset, int limit) {
        currentUser.requireSignedIn();
        return divisions.children(parent.id(), offset, limit);
    }
}
