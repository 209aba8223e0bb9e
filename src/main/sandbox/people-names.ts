import type { SeededRandom } from './seeded-random'

// Realistic names for a Vietnamese contact centre with some English-speaking staff.
const vietnameseFamily = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]
const vietnameseMiddle = ['Văn', 'Thị', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Đức', 'Hoài']
const vietnameseGiven = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Trung',
  'Tuấn',
  'Vy',
  'Yến',
]
const englishGiven = [
  'Alice',
  'Ben',
  'Chloe',
  'Daniel',
  'Emma',
  'Grace',
  'Henry',
  'Isla',
  'Jack',
  'Liam',
  'Mia',
  'Noah',
  'Olivia',
  'Sophie',
  'Thomas',
]
const englishFamily = [
  'Brown',
  'Clarke',
  'Davies',
  'Evans',
  'Green',
  'Hughes',
  'Johnson',
  'Miller',
  'Roberts',
  'Smith',
  'Taylor',
  'Walker',
  'Wilson',
  'Wright',
]

/** A person's full name: mostly Vietnamese (family name first), some English. */
export function personName(random: SeededRandom): string {
  if (random.chance(0.2)) return `${random.pick(englishGiven)} ${random.pick(englishFamily)}`
  return `${random.pick(vietnameseFamily)} ${random.pick(vietnameseMiddle)} ${random.pick(vietnameseGiven)}`
}

/** An ASCII user name derived from a full name, e.g. "Trần Thị Lan" → "lan.tran". */
export function userNameOf(fullName: string, suffix: number | string = ''): string {
  const ascii = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const given = ascii[ascii.length - 1] ?? 'user'
  const family = ascii[0] ?? 'agent'
  return `${given}.${family}${suffix}`
}
