import { describe, expect, it, test } from 'vitest';
import { joinNames, namesGroup, organsOf, personInList, personInSentence, splitNames, splitPeople, splitPostAndName } from '../../src/zh/names.js';

describe('names and lists of names', () => {
  test('a list typed as one text splits at 、，,；; and spaces', () => {
    expect(splitNames('郭百高、李德武，魏靖')).toEqual(['郭百高', '李德武', '魏靖']);
    expect(splitNames('郭百高 李德武\u3000魏靖;杨立平')).toEqual(['郭百高', '李德武', '魏靖', '杨立平']);
    expect(splitNames('县委办公室，县政府办公室。')).toEqual(['县委办公室', '县政府办公室']);
    expect(splitNames('  ')).toEqual([]);
    // a post a space apart from a name is that person's; two names a space apart stay two
    expect(splitNames('驻村第一书记 周明')).toEqual(['驻村第一书记周明']);
    expect(splitNames('镇长 李明、副镇长\u3000王刚，刘芳')).toEqual(['镇长李明', '副镇长王刚', '刘芳']);
    expect(splitNames('镇党委书记、镇长')).toEqual(['镇党委书记', '镇长']);
    expect(splitNames('县委办公室 县政府办公室')).toEqual(['县委办公室', '县政府办公室']);
    // a name that ends in 长 is no post, and a post without 长/书记/主任 … is no name
    expect(splitNames('刘福长 李明')).toEqual(['刘福长', '李明']);
    expect(splitNames('村主任 村会计')).toEqual(['村主任', '村会计']);
    expect(splitNames('何志刚 村会计 张伟 驻村工作队队长 王磊')).toEqual(['何志刚', '村会计张伟', '驻村工作队队长王磊']);
    expect(splitNames('河长 王刚 网格长 刘福长')).toEqual(['河长王刚', '网格长刘福长']);
    // a post typed after the name, last or before a 、，: the person, the post before the name
    expect(splitNames('陈国强,周明 驻村第一书记')).toEqual(['陈国强', '驻村第一书记周明']);
    expect(splitNames('周明 驻村第一书记、何芳 镇人大代表，李红')).toEqual(['驻村第一书记周明', '镇人大代表何芳', '李红']);
    // a post between two names a space apart goes with the name after it
    expect(splitNames('王刚 张丽 镇长 李明')).toEqual(['王刚', '张丽', '镇长李明']);
    // an organ before a post is no person
    expect(splitNames('县委 县委书记')).toEqual(['县委', '县委书记']);
    // posts before a 、 and a post a space before a name: one person (a 出席 headcount counts one)
    expect(splitNames('镇党委书记、镇长 郭百高，李明')).toEqual(['镇党委书记、镇长郭百高', '李明']);
    expect(splitNames('镇党委书记、人大主席、副镇长 王刚')).toEqual(['镇党委书记、人大主席、副镇长王刚']);
    expect(splitNames('支部书记，组织委员 张三')).toEqual(['支部书记', '组织委员张三']);
    // a note in brackets after the name keeps the post with it
    expect(splitNames('乡人大主席 孙海(外出学习)')).toEqual(['乡人大主席孙海(外出学习)']);
    // a unit and a name a space apart are one person of that unit; a unit and a place, or two units, stay two
    expect(splitNames('县林业局 周伟,派出所所长 吴军')).toEqual(['县林业局周伟', '派出所所长吴军']);
    expect(splitNames('县人社局 白水镇')).toEqual(['县人社局', '白水镇']);
    expect(splitNames('镇司法所 各村调委会')).toEqual(['镇司法所', '各村调委会']);
    // a team or a school after a unit is another unit, not a person of it
    expect(splitNames('镇派出所 交警中队,县教育局 县一中')).toEqual(['镇派出所', '交警中队', '县教育局', '县一中']);
  });

  test('a list is printed with 、 (or the separator given), blanks left out', () => {
    expect(joinNames(['郭百高', ' 李德武 ', ''])).toBe('郭百高、李德武');
    expect(joinNames(['县委办', '县政府办'], '，')).toBe('县委办，县政府办');
  });

  test('the count a list ends with follows a comma, not a 顿号 (参加人员: 镇安监站、派出所、各村安全员,共15人)', () => {
    expect(joinNames(splitNames('镇安监站、派出所、各村(社区)安全员,共15人'))).toBe('镇安监站、派出所、各村(社区)安全员，共15人');
    expect(joinNames(['李强', '王芳', '合计二十余人'])).toBe('李强、王芳，合计二十余人');
    expect(joinNames(['李强', '王芳', '张三'])).toBe('李强、王芳、张三');
  });

  test('a person in a sentence and in a list', () => {
    const p = { name: '郭百高', posts: ['镇党委书记', '镇长'] };
    expect(personInSentence(p)).toBe('镇党委书记、镇长郭百高');
    expect(personInList(p)).toBe('郭百高（镇党委书记、镇长）');
    expect(personInList({ name: '魏靖', posts: [] })).toBe('魏靖');
  });
});

describe('a person typed as one text', () => {
  it('takes the words before a space as posts when they read as posts', () => {
    expect(splitPostAndName('镇长 李明')).toEqual({ name: '李明', posts: ['镇长'] });
    expect(splitPostAndName('镇党委书记、镇长 郭百高')).toEqual({ name: '郭百高', posts: ['镇党委书记', '镇长'] });
    expect(splitPostAndName('县信访局局长\u3000欧阳明')).toEqual({ name: '欧阳明', posts: ['县信访局局长'] });
  });
  it('keeps the text whole when it cannot tell post from name', () => {
    expect(splitPostAndName('镇长李明')).toEqual({ name: '镇长李明', posts: [] });
    expect(splitPostAndName('郭百高 李德武')).toEqual({ name: '郭百高 李德武', posts: [] });
    expect(splitPostAndName('李\u3000明')).toEqual({ name: '李\u3000明', posts: [] });
  });
});

describe('people typed as one text', () => {
  it('splits a list of names, and reads the posts of each', () => {
    expect(splitPeople('张丽、陈建国，刘芳')).toEqual([
      { name: '张丽', posts: [] },
      { name: '陈建国', posts: [] },
      { name: '刘芳', posts: [] },
    ]);
    expect(splitPeople('副镇长 王刚')).toEqual([{ name: '王刚', posts: ['副镇长'] }]);
  });
  it('gives a post before 、 to the person after it', () => {
    expect(splitPeople('镇党委书记、镇长 郭百高')).toEqual([{ name: '郭百高', posts: ['镇党委书记', '镇长'] }]);
    expect(splitPeople('副镇长 王刚、派出所所长 赵强')).toEqual([
      { name: '王刚', posts: ['副镇长'] },
      { name: '赵强', posts: ['派出所所长'] },
    ]);
  });
  it('takes a name that ends in 长 for a person, not for a post of the next', () => {
    expect(splitPeople('张丽、刘福长、李明')).toEqual([
      { name: '张丽', posts: [] },
      { name: '刘福长', posts: [] },
      { name: '李明', posts: [] },
    ]);
    expect(splitPeople('组长、秘书长 王刚')).toEqual([{ name: '王刚', posts: ['组长', '秘书长'] }]);
    // people a space apart, posts among them
    expect(splitPeople('张丽 陈建国 刘福长 村主任 村会计')).toEqual([
      { name: '张丽', posts: [] },
      { name: '陈建国', posts: [] },
      { name: '刘福长', posts: [] },
      { name: '村主任', posts: [] },
      { name: '村会计', posts: [] },
    ]);
    expect(splitPeople('张丽 副镇长 王刚，周明 驻村第一书记')).toEqual([
      { name: '张丽', posts: [] },
      { name: '王刚', posts: ['副镇长'] },
      { name: '周明', posts: ['驻村第一书记'] },
    ]);
  });
});

describe('people of a unit and groups of people', () => {
  it('reads a unit a space before a name as that person\'s', () => {
    expect(splitPeople('县农经站站长 邓辉 县财政局 谢平 各乡镇分管领导').map(personInList)).toEqual(['邓辉（县农经站站长）', '谢平（县财政局）', '各乡镇分管领导']);
    expect(splitPostAndName('县林业局 周伟')).toEqual({ name: '周伟', posts: ['县林业局'] });
    expect(splitPostAndName('县公安局 交警大队')).toEqual({ name: '县公安局 交警大队', posts: [] });
    // a unit before a post is that post's
    expect(splitPeople('镇卫生院 院长 陈红 镇中心校 校长 李明 各村党支部书记').map(personInList)).toEqual(['陈红（镇卫生院院长）', '李明（镇中心校校长）', '各村党支部书记']);
    expect(splitNames('镇卫生院 院长 陈红,县公安局 副局长 张强')).toEqual(['镇卫生院院长陈红', '县公安局副局长张强']);
    // the post typed after the name is that person's too, not a post standing alone
    expect(splitNames('县林业局 周伟 副局长,县财政局 谢平')).toEqual(['县林业局副局长周伟', '县财政局谢平']);
    expect(splitPeople('县委办 县政府办 县财政局').map(personInList)).toEqual(['县委办', '县政府办', '县财政局']);
  });

  it('knows an entry that names a group, which a headcount cannot count', () => {
    for (const g of ['各村支部书记', '全体党员', '村两委成员', '有关人员', '张三等5人', '全镇村干部', '村民代表']) expect(namesGroup(g), g).toBe(true);
    for (const p of ['王建国', '乡党委书记王建国', '全红婵', '孙海（外出学习）', '镇人大代表张三']) expect(namesGroup(p), p).toBe(false);
    expect(namesGroup('公安、综治办等有关部门的同志')).toBe(true);
  });

  it('keeps the comma a typist put between people and a group of units, as an office prints it (seed 000)', () => {
    const typed = '潘序忠、程言振、张丙勇，公安、综治办、民政、司法、信访等有关部门的同志';
    expect(splitNames(typed)).toEqual(['潘序忠', '程言振', '张丙勇', '公安、综治办、民政、司法、信访等有关部门的同志']);
    expect(joinNames(splitNames(typed))).toBe(typed);
    expect(joinNames(splitNames('公安、综治办等部门负责同志,张三、李四'))).toBe('公安、综治办等部门负责同志，张三、李四');
    // typed all with commas, or all with 顿号, the list gives no groups: one 顿号 between each
    expect(joinNames(splitNames('张丙勇,李四,公安,综治办等有关部门的同志'))).toBe('张丙勇、李四、公安、综治办等有关部门的同志');
    expect(joinNames(splitNames('张三、李四、公安、司法等部门的同志'))).toBe('张三、李四、公安、司法等部门的同志');
    // people typed with a comma among 顿号 are people: no group
    expect(joinNames(splitNames('张丙勇、李四，王五'))).toBe('张丙勇、李四、王五');
    // people before 等同志, or posts before 等村干部, are no group of units (s8-qa)
    expect(joinNames(splitNames('张伟，李强、王芳等同志'))).toBe('张伟、李强、王芳等同志');
    expect(joinNames(splitNames('镇党委书记、镇长 郭百高，副镇长 李四、王五等同志'))).toBe('镇党委书记、镇长郭百高、副镇长李四、王五等同志');
    expect(namesGroup('各村支部书记、主任等村干部')).toBe(true); // (a group by 各, as before)
    expect(namesGroup('李强、王芳等同志')).toBe(false);
  });
});

describe('the organs of a line (a 发文机关 or a joint 署名)', () => {
  it.each([
    ['中共青石镇委员会 青石镇人民政府', ['中共青石镇委员会', '青石镇人民政府']],
    ['县委办公室、县政府办公室', ['县委办公室', '县政府办公室']],
    ['县林业局 县公安局', ['县林业局', '县公安局']],
    // a space typed inside one organ's name
    ['青石镇 人民政府', ['青石镇人民政府']],
    ['中共青石镇委员会 青石镇 人民政府', ['中共青石镇委员会', '青石镇人民政府']],
    ['青石镇', ['青石镇']],
  ])('%s', (line, organs) => {
    expect(organsOf(line)).toEqual(organs);
  });
});

describe('posts a village or a company names its people by', () => {
  // 村支书 杨建新 was printed 村支书、杨建新, two people (the session's read-only reviewer, r21 and r25)
  test('村支书, 经理 and 领导 before a name are the post of that person, not another person', () => {
    expect(splitNames('村支书 杨建新')).toEqual(['村支书杨建新']);
    expect(splitNames('何佳 物业公司经理 高翔')).toEqual(['何佳', '物业公司经理高翔']);
    expect(splitNames('包村领导 孙七')).toEqual(['包村领导孙七']);
  });
});
