-- A team membership carries the applicant's declaration of the member's career stage and degree
-- year (application data, read with the proposal), so that naming a researcher on a team never
-- opens their own record, which stays private to their organisation and JST staff.
ALTER TABLE "TeamMember" ADD COLUMN "careerStage" "CareerStage",
ADD COLUMN "degreeYear" INTEGER;

ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_degreeYear_range" CHECK ("degreeYear" IS NULL OR "degreeYear" BETWEEN 1900 AND 2100);

-- Until now the rules read the researcher's record: that is what each application declared.
UPDATE "TeamMember" AS m
SET "careerStage" = r."careerStage", "degreeYear" = r."degreeYear"
FROM "Researcher" AS r
WHERE r."id" = m."researcherId";
