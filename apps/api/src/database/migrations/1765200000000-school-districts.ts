import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first list of Kitakyushu's primary-school districts (校区, the unit of the まちづくり協議会
 * and the 市民センター), per ward, in the order the city's lists use. It seeds the table once;
 * from then on staff keep the stored copy (add, rename, retire). It was written without the
 * city's current register at hand: staff check it against the register before opening day.
 */
const FIRST_LIST: Readonly<Record<string, readonly string[]>> = {
  門司区: [
    '門司',
    '小森江東',
    '小森江西',
    '大里柳',
    '大里東',
    '大里南',
    '萩ヶ丘',
    '錦町',
    '港が丘',
    '西門司',
    '松ヶ江北',
    '松ヶ江南',
    '柄杓田',
    '東郷',
    '白野江',
    '大積',
  ],
  小倉北区: [
    '足原',
    '泉台',
    '井堀',
    '今町',
    '到津',
    '北小倉',
    '霧丘',
    '三郎丸',
    '清水',
    '中井',
    '中島',
    '日明',
    '南丘',
    '富野',
    '西小倉',
    '小倉中央',
    '寿山',
  ],
  小倉南区: [
    '曽根',
    '曽根東',
    '吉田',
    '朽網',
    '東朽網',
    '葛原',
    '湯川',
    '北方',
    '徳力',
    '守恒',
    '長尾',
    '志井',
    '企救丘',
    '横代',
    '高蔵',
    '沼',
    '長行',
    'すがお',
    '合馬',
    '東谷',
    '若園',
    '城野',
  ],
  若松区: ['若松中央', '赤崎', '小石', '藤木', '鴨生田', '古前', '江川', '島郷', '高須', '青葉', '二島', '花房'],
  八幡東区: ['大蔵', '槻田', '花尾', '皿倉', '枝光', '枝光北', '高見', '河内', '平野', '祇園', '八幡大谷'],
  八幡西区: [
    '黒崎',
    '穴生',
    '永犬丸',
    '折尾',
    '折尾東',
    '香月',
    '木屋瀬',
    '光貞',
    '則松',
    '上津役',
    '八枝',
    '浅川',
    '引野',
    '本城',
    '萩原',
    '竹末',
    '医生ケ丘',
    '塔野',
    '熊西',
    '鳴水',
  ],
  戸畑区: ['中原', '一枝', '天籟寺', '鞘ヶ谷', '牧山', '大谷', '沢見', '浅生', '三六'],
};

/**
 * 校区 as data: a group belongs to a primary-school district as well as a ward, so the city can
 * see needs per まちづくり協議会 unit. A retired district keeps its groups (history) but is no
 * longer offered when a group registers.
 */
export class SchoolDistricts1765200000000 implements MigrationInterface {
  name = 'SchoolDistricts1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_district (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ward text NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 40),
        sort_order integer NOT NULL DEFAULT 0,
        retired_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT school_district_ward_name UNIQUE (ward, name)
      )`);
    await q.query(`
      ALTER TABLE community_group
        ADD COLUMN school_district_id uuid NULL REFERENCES school_district(id) ON DELETE RESTRICT`);
    await q.query(`CREATE INDEX community_group_school_district ON community_group (school_district_id)`);
    const rows = Object.entries(FIRST_LIST).flatMap(([ward, names]) => names.map((name, i) => ({ ward, name, i })));
    for (const row of rows) {
      await q.query(`INSERT INTO school_district (ward, name, sort_order) VALUES ($1, $2, $3)`, [
        row.ward,
        row.name,
        row.i,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE community_group DROP COLUMN school_district_id`);
    await q.query(`DROP TABLE school_district`);
  }
}
