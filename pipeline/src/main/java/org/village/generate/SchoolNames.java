package org.village.generate;

import java.util.List;

/**
 * Names for the district's schools: places and people, some with accents, so that reports printing them show they
 * handle them. Larger districts run out of plain names and add "North", "South" and so on, as real ones do.
 */
final class SchoolNames {

    private static final List<String> ELEMENTARY = List.of(
            "Alder Creek", "École José Martí", "Birchwood", "Cedar Hill", "Sojourner Truth", "Dogwood", "Elm Grove",
            "Fairview", "Glenwood", "Harbor View", "Ironwood", "Juniper", "Kingsley", "Lakeside", "Maple Ridge",
            "Northgate", "Oak Park", "Pinecrest", "Quail Run", "Redwood", "Sequoyah", "Sunnyslope", "Timberline",
            "Union Street", "Valle Verde", "Willow Bend", "Yarrow Meadow", "Zinnia Park", "Bahía Azul", "Peñasco",
            "Rosa Parks", "Frederick Douglass", "Mesa Linda", "Canyon Rim", "Prairie Wind", "Aspen Glen",
            "Hawthorne", "Meadowlark", "Río Grande", "Silver Lake");
    private static final List<String> MIDDLE = List.of(
            "Nguyễn Trãi", "César Chávez", "Ida B. Wells", "Mary McLeod Bethune", "Benjamin Franklin", "Sacagawea",
            "Marie Curie", "George Washington Carver", "Ellen Ochoa", "Sor Juana Inés de la Cruz");
    private static final List<String> HIGH = List.of(
            "Riverbend", "Hillcrest", "Lincoln", "Westview", "Eastlake", "Roosevelt", "Jefferson", "Los Robles",
            "Summit", "Valley");
    private static final List<String> QUARTERS = List.of("", "North ", "South ", "East ", "West ", "Upper ",
            "Lower ", "New ");

    private SchoolNames() {
    }

    static String name(School.Level level, int index) {
        return switch (level) {
            case ELEMENTARY -> numbered(ELEMENTARY, index) + " Elementary";
            case MIDDLE -> numbered(MIDDLE, index) + " Middle School";
            case HIGH -> numbered(HIGH, index) + " High School";
        };
    }

    private static String numbered(List<String> names, int index) {
        String quarter = QUARTERS.get(index / names.size() % QUARTERS.size());
        String name = quarter + names.get(index % names.size());
        int round = index / (names.size() * QUARTERS.size());
        return round == 0 ? name : name + " " + (round + 1);
    }
}
