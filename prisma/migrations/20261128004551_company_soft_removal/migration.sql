-- DropForeignKey
ALTER TABLE "Evidence" DROP CONSTRAINT "Evidence_companyId_fkey";

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
