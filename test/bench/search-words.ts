// Word lists for the synthetic news corpus of the search benchmark. Vietnamese with full
// diacritics (entries are words, often of two or three syllables); English news vocabulary.
// Topics give words a realistic spread: a topic word is common in its topic, rare elsewhere.

const list = (words: string) =>
  words
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

export interface LanguageWords {
  /** Words of every article, most frequent first. */
  common: string[];
  topics: Record<string, string[]>;
  places: string[];
  familyNames: string[];
  givenNames: string[];
  titleOpeners: string[];
}

export const VIETNAMESE: LanguageWords = {
  common: list(`và, của, là, các, có, được, trong, cho, những, với, người, đã, không, này, một, đến, năm,
    khi, theo, về, từ, nhiều, cũng, tại, để, sẽ, như, đang, ra, lại, vào, phải, sau, nhưng, thì, còn,
    hiện nay, trên, bị, đó, cùng, tới, chỉ, nên, hơn, rất, mới, đây, thể, việc, làm, vì, nói, cho biết,
    ông, bà, anh, chị, họ, chúng tôi, hôm nay, tuần qua, tháng trước, thời gian, nhằm, tuy nhiên, bên cạnh đó,
    đồng thời, thực hiện, triển khai, tiếp tục, đánh giá, chia sẻ, phát biểu, khẳng định, đề nghị, yêu cầu,
    quan trọng, cụ thể, thực tế, kết quả, vấn đề, tình hình, hoạt động, phát triển, nâng cao, đảm bảo,
    hỗ trợ, tăng cường, cơ quan, chức năng, địa phương, trung ương, nhà nước, người dân, xã hội, cộng đồng,
    chính quyền, doanh nghiệp, dự án, kế hoạch, chương trình, chính sách, quy định, luật, nghị định, thông tư,
    ý kiến, đại biểu, lãnh đạo, cán bộ, tỉnh, thành phố, huyện, xã, khu vực, toàn quốc, cả nước, quốc tế`),
  topics: {
    economy: list(`kinh tế, tăng trưởng, lạm phát, lãi suất, ngân hàng, tín dụng, xuất khẩu, nhập khẩu, thuế,
      ngân sách, đầu tư, vốn, thị trường, chứng khoán, cổ phiếu, giá vàng, tỷ giá, đồng, tỷ đồng, nghìn tỷ,
      giảm nghèo, thu nhập, việc làm, lao động, tiền lương, bảo hiểm, giá cả, tiêu dùng, bán lẻ, nông sản,
      gạo, cà phê, hồ tiêu, thủy sản, khu công nghiệp, nhà máy, sản xuất, chuỗi cung ứng, bất động sản, căn hộ`),
    health: list(`y tế, bệnh viện, bác sĩ, bệnh nhân, điều trị, ca bệnh, dịch bệnh, vắc xin, tiêm chủng, sốt xuất huyết,
      cúm, tay chân miệng, sức khỏe, dinh dưỡng, thuốc, phẫu thuật, cấp cứu, khám bệnh, bảo hiểm y tế,
      trạm y tế, Bộ Y tế, truyền nhiễm, phòng chống, triệu chứng, xét nghiệm, người cao tuổi, trẻ em, sản phụ`),
    education: list(`giáo dục, học sinh, sinh viên, giáo viên, trường học, đại học, kỳ thi, tốt nghiệp, tuyển sinh,
      điểm chuẩn, học phí, sách giáo khoa, chương trình học, lớp học, năm học, học bổng, nghiên cứu, khoa học,
      Bộ Giáo dục, điểm thi, thí sinh, ngữ văn, toán, tiếng Anh, mầm non, tiểu học, trung học, đào tạo`),
    environment: list(`môi trường, biến đổi khí hậu, ô nhiễm, không khí, rác thải, nhựa, nước thải, sông, biển,
      rừng, phá rừng, lũ lụt, mưa lớn, sạt lở, hạn hán, xâm nhập mặn, bão, áp thấp nhiệt đới, nhiệt độ,
      nắng nóng, thời tiết, khí tượng, thủy văn, năng lượng tái tạo, điện mặt trời, điện gió, phát thải, carbon`),
    traffic: list(`giao thông, tai nạn, ùn tắc, đường cao tốc, cầu, xe máy, ô tô, xe buýt, tàu điện, đường sắt,
      sân bay, hàng không, chuyến bay, hành khách, vé máy bay, Long Thành, metro, nồng độ cồn, vi phạm,
      xử phạt, cảnh sát giao thông, bằng lái, mũ bảo hiểm, quốc lộ, nút giao, hầm, thu phí, tốc độ`),
    sport: list(`bóng đá, đội tuyển, huấn luyện viên, cầu thủ, trận đấu, bàn thắng, vòng loại, giải đấu, V-League,
      SEA Games, huy chương vàng, vận động viên, kỷ lục, chung kết, bán kết, tỷ số, thủ môn, tiền đạo,
      hậu vệ, sân vận động, người hâm mộ, chiến thắng, thất bại, hòa, bảng xếp hạng, quần vợt, cầu lông, điền kinh`),
    technology: list(`công nghệ, chuyển đổi số, trí tuệ nhân tạo, điện thoại, ứng dụng, phần mềm, dữ liệu, an ninh mạng,
      tấn công mạng, lừa đảo, tài khoản, mạng xã hội, internet, 5G, bán dẫn, chip, khởi nghiệp, nền tảng,
      thương mại điện tử, thanh toán, ví điện tử, người dùng, thiết bị, máy tính, robot, đổi mới sáng tạo`),
    culture: list(`văn hóa, du lịch, du khách, lễ hội, di sản, di tích, bảo tàng, nghệ thuật, âm nhạc, ca sĩ, phim,
      điện ảnh, đạo diễn, diễn viên, sân khấu, triển lãm, ẩm thực, phở, áo dài, Tết, Trung thu, làng nghề,
      khách sạn, bãi biển, vịnh Hạ Long, phố cổ, Hội An, chùa, đền, nghệ nhân`),
    politics: list(`Quốc hội, Chính phủ, Thủ tướng, Chủ tịch nước, bộ trưởng, phiên họp, kỳ họp, nghị quyết, biểu quyết,
      ngoại giao, hợp tác, hiệp định, thương mại, hội nghị, đối tác, chiến lược, an ninh, quốc phòng,
      chống tham nhũng, thanh tra, kiểm toán, cải cách, hành chính, bộ máy, tinh gọn, sáp nhập, bầu cử, cử tri`),
    law: list(`tòa án, xét xử, bị cáo, bị can, khởi tố, bắt giữ, điều tra, viện kiểm sát, luật sư, bản án, tù,
      lừa đảo chiếm đoạt, tài sản, buôn lậu, ma túy, vụ án, tang vật, công an, cơ quan điều tra, truy nã,
      đường dây, tội phạm, hình sự, dân sự, hòa giải, khiếu nại, tố cáo, nhân chứng`),
  },
  places: list(`Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng, Hải Phòng, Cần Thơ, Huế, Nghệ An, Thanh Hóa, Quảng Ninh,
    Lào Cai, Đồng Nai, Bình Dương, Khánh Hòa, Lâm Đồng, Đắk Lắk, Sơn La, Hà Giang, Cà Mau, An Giang,
    Kiên Giang, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Gia Lai, Kon Tum, Điện Biên, Lai Châu, Yên Bái,
    Thái Nguyên, Bắc Ninh, Hưng Yên, Nam Định, Ninh Bình, Hà Tĩnh, Quảng Bình, Quảng Trị, Tây Ninh, Long An,
    Tiền Giang, Bến Tre, Vĩnh Long, Trà Vinh, Sóc Trăng, Bạc Liêu, Đồng Tháp, Bà Rịa - Vũng Tàu, Phú Quốc, Côn Đảo`),
  familyNames: list(
    `Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trịnh`,
  ),
  givenNames:
    list(`Văn An, Thị Bình, Đức Cường, Minh Dũng, Thu Hà, Hoàng Hải, Mạnh Hùng, Thanh Hương, Ngọc Lan, Khánh Linh,
    Hải Long, Tuyết Mai, Phương Nam, Quỳnh Nga, Thanh Phong, Lan Phương, Nhật Quang, Trường Sơn, Minh Tâm,
    Phương Thảo, Quốc Trung, Anh Tuấn, Hoàng Việt, Hải Yến, Đình Khoa, Bảo Ngọc, Gia Huy, Thùy Dung, Xuân Trường`),
  titleOpeners: list(`Vì sao, Toàn cảnh, Bất ngờ, Cận cảnh, Nóng, Chuyên gia nói gì về, Những điều cần biết về, Lý do`),
};

export const ENGLISH: LanguageWords = {
  common: list(`the, of, and, to, a, in, that, is, for, on, it, with, as, was, said, he, she, they, at, by, from, be,
    have, has, an, are, were, this, but, not, his, her, their, which, will, would, more, been, who, after, about,
    than, also, new, other, over, some, when, into, could, people, year, years, last, first, two, three, one,
    officials, government, according, told, week, month, percent, million, billion, public, country, national,
    local, state, city, report, plan, support, including, however, while, because, since, during, between, still,
    say, says, expected, announced, statement, spokesman, president, minister, agency, company, companies, group`),
  topics: {
    economy: list(`economy, growth, inflation, interest rates, central bank, credit, exports, imports, tariffs, taxes,
      budget, investment, markets, stocks, shares, gold price, exchange rate, dollar, poverty reduction, income,
      jobs, unemployment, wages, insurance, prices, consumers, retail, agriculture, rice, coffee, seafood,
      industrial park, factory, manufacturing, supply chain, property, housing, mortgage, recession, earnings`),
    health: list(`health, hospital, doctors, patients, treatment, cases, outbreak, vaccine, vaccination, dengue fever,
      influenza, nutrition, medicine, surgery, emergency, clinic, health insurance, infectious, prevention,
      symptoms, testing, elderly, children, mothers, mental health, cancer, diabetes, heart disease, pandemic`),
    education: list(`education, students, teachers, schools, university, exams, graduation, admissions, tuition,
      textbooks, curriculum, classroom, school year, scholarship, research, science, ministry of education,
      test scores, candidates, literature, mathematics, English, kindergarten, primary school, high school, training`),
    environment: list(`environment, climate change, pollution, air quality, waste, plastic, wastewater, river, sea,
      forest, deforestation, floods, heavy rain, landslides, drought, saltwater intrusion, typhoon, storm,
      temperature, heatwave, weather, forecast, renewable energy, solar power, wind power, emissions, carbon, coral`),
    traffic: list(`traffic, accident, congestion, expressway, bridge, motorbikes, cars, buses, metro line, railway,
      airport, airline, flights, passengers, airfares, speeding, drunk driving, violations, fines, traffic police,
      driving license, helmets, highway, interchange, tunnel, toll, road safety, commuters`),
    sport: list(`football, national team, coach, players, match, goals, qualifiers, tournament, league, champions,
      gold medal, athletes, record, final, semifinal, score, goalkeeper, striker, defender, stadium, fans,
      victory, defeat, draw, standings, tennis, badminton, athletics, marathon, transfer`),
    technology: list(`technology, digital transformation, artificial intelligence, smartphone, app, software, data,
      cybersecurity, cyberattack, scam, accounts, social media, internet, broadband, semiconductors, chips,
      startup, platform, ecommerce, payments, e-wallet, users, devices, computers, robots, innovation, cloud`),
    culture: list(`culture, tourism, tourists, festival, heritage, relics, museum, art, music, singer, film, cinema,
      director, actor, theater, exhibition, cuisine, noodle soup, lunar new year, mid-autumn, craft village,
      hotels, beach, bay, old quarter, pagoda, temple, artisans, concert, bookstore`),
    politics: list(`parliament, cabinet, prime minister, president, ministers, session, resolution, vote, diplomacy,
      cooperation, agreement, trade, summit, partners, strategy, security, defense, anti-corruption,
      inspection, audit, reform, administrative, merger, election, voters, opposition, coalition, sanctions`),
    law: list(`court, trial, defendant, suspect, prosecuted, arrested, investigation, prosecutors, lawyer, verdict,
      prison, fraud, assets, smuggling, drugs, case, evidence, police, investigators, wanted, ring, criminal,
      civil, lawsuit, appeal, complaint, witness, sentence, bail, judge`),
  },
  places: list(`Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, London, Paris, Berlin, Tokyo, Seoul, Beijing,
    Singapore, Bangkok, Jakarta, Manila, Sydney, New York, Washington, Chicago, Toronto, Mexico City, Sao Paulo,
    Lagos, Nairobi, Cairo, Istanbul, Mumbai, Delhi, Dubai, Geneva, Brussels, Madrid, Rome, Warsaw, Kyiv, Oslo`),
  familyNames: list(`Smith, Johnson, Brown, Taylor, Wilson, Davies, Evans, Thomas, Roberts, Walker, Wright, Thompson,
    White, Hughes, Edwards, Green, Hall, Wood, Harris, Martin, Jackson, Clarke, Lewis, Patel, Garcia, Kim, Tanaka`),
  givenNames: list(`James, Mary, John, Patricia, Robert, Jennifer, Michael, Linda, David, Elizabeth, William, Susan,
    Richard, Sarah, Joseph, Karen, Thomas, Nancy, Daniel, Lisa, Matthew, Emily, Anthony, Olivia, Mark, Sophie`),
  titleOpeners: list(`Why, Inside, Explainer:, Analysis:, What we know about, Live:, The truth about, How`),
};
