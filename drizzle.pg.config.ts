import { defineConfig } from "drizzle-kit";

/** The PostgreSQL migrations (`npm run db:generate:pg`); `drizzle.config.ts` is SQLite's. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/postgres/pg-schema.ts",
  out: "./src/db/postgres/migrations",
});
