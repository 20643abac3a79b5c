#!/usr/bin/env bash
# A year of an agency's disclosure work entered from the command line: about 200 requests of
# every kind (corrections, consultations, extensions, fees, every outcome), the year's other
# figures and cases, then the annual report, checked and read back.
# usage: examples/register-2024.sh [XXGK [DB]]   (defaults: build/xxgk, a new file in /tmp)
set -euo pipefail
X=${1:-build/xxgk}
DB=${2:-$(mktemp -d)/xxgk.db}
x() { "$X" "$@" --db "$DB" --user 信息公开办; }
x db init --agency 测试市交通运输局 --agency-kind department

# Carried over from 2023: received in December, answered in January.
x request add 2023-091 --applicant 黄强 --type natural --channel online --received 2023-12-13 --description "环境影响评价报告"
x request event 2023-091 reply 2024-01-01 --outcome unable.1
x request add 2023-092 --applicant 吴昊 --type natural --channel online --received 2023-12-16 --description "行政处罚决定书"
x request event 2023-092 reply 2024-01-04 --outcome granted
x request add 2023-093 --applicant 孙浩 --type natural --channel online --received 2023-12-19 --description "公交线路调整依据"
x request event 2023-093 reply 2024-01-09 --outcome unable.1
x request add 2023-094 --applicant 陈静 --type natural --channel online --received 2023-12-22 --description "停车收费标准"
x request event 2023-094 reply 2024-01-15 --outcome granted
x request add 2023-095 --applicant 徐丽 --type natural --channel online --received 2023-12-25 --description "老旧小区改造名单"
x request event 2023-095 extension 2024-01-10 --days 15 --approver 王副局长
x request event 2023-095 reply 2024-02-05 --outcome granted

# 2024
x request add 2024-001 --applicant 刘洋 --type natural --channel email --received 2024-01-04 --description "老旧小区改造名单"
x request event 2024-001 reply 2024-01-10 --outcome not_processed.3
x request add 2024-002 --applicant 某某物流有限公司 --type business --channel online --received 2024-01-08 --description "停车收费标准"
x request event 2024-002 reply 2024-01-23 --outcome withheld.8
x request add 2024-003 --applicant 刘洋 --type natural --channel email --received 2024-01-08 --description "征地补偿安置方案"
x request event 2024-003 reply 2024-01-15 --outcome unable.2
x request add 2024-004 --applicant 李娜 --type natural --channel online --received 2024-01-09 --description "建设工程规划许可证"
x request event 2024-004 reply 2024-01-24 --outcome withheld.6
x request add 2024-005 --applicant 某某建设有限公司 --type business --channel post --received 2024-01-11 --description "老旧小区改造名单"
x request event 2024-005 reply 2024-02-06 --outcome unable.2
x request add 2024-006 --applicant 某某村民委员会 --type other --channel online --received 2024-01-15 --description "道路建设规划"
x request event 2024-006 correction-notice 2024-01-18 --note "请明确所需信息的名称和文号"
x request event 2024-006 correction-received 2024-01-25
x request event 2024-006 reply 2024-02-08 --outcome granted
x request add 2024-007 --applicant 杨磊 --type natural --channel post --received 2024-01-15 --description "环境影响评价报告"
x request event 2024-007 correction-notice 2024-01-18 --note "请明确所需信息的名称和文号"
x request event 2024-007 correction-received 2024-01-25
x request event 2024-007 reply 2024-02-08 --outcome not_processed.4
x request add 2024-008 --applicant 张伟 --type natural --channel fax --received 2024-01-16 --description "公交线路调整依据"
x request event 2024-008 reply 2024-01-31 --outcome granted
x request add 2024-009 --applicant 王芳 --type natural --channel post --received 2024-01-18 --description "停车收费标准"
x request event 2024-009 reply 2024-01-31 --outcome granted
x request add 2024-010 --applicant 某某律师事务所 --type legal --channel post --received 2024-12-12 --description "征地补偿安置方案"
x request add 2024-011 --applicant 某某商贸有限公司 --type business --channel online --received 2024-01-22 --description "财政预算执行情况"
x request event 2024-011 reply 2024-01-30 --outcome granted
x request add 2024-012 --applicant 赵敏 --type natural --channel in_person --received 2024-01-23 --description "占道施工审批材料"
x request event 2024-012 reply 2024-02-15 --outcome unable.1
x request add 2024-013 --applicant 某某律师事务所 --type legal --channel fax --received 2024-01-25 --description "财政预算执行情况"
x request event 2024-013 reply 2024-02-09 --outcome withheld.5
x request add 2024-014 --applicant 某某律师事务所 --type legal --channel in_person --received 2024-01-26 --description "征地补偿安置方案"
x request event 2024-014 consult-start 2024-02-02 --note "某某房地产开发有限公司"
x request event 2024-014 consult-end 2024-02-20
x request event 2024-014 reply 2024-03-01 --outcome withheld.4
x request add 2024-015 --applicant 杨磊 --type natural --channel in_person --received 2024-01-29 --description "停车收费标准"
x request event 2024-015 reply 2024-02-12 --outcome withheld.1
x request add 2024-016 --applicant 刘洋 --type natural --channel post --received 2024-01-30 --description "老旧小区改造名单"
x request event 2024-016 reply 2024-02-15 --outcome withheld.6
x request add 2024-017 --applicant 黄强 --type natural --channel fax --received 2024-01-31 --description "停车收费标准"
x request event 2024-017 correction-notice 2024-02-02
x request event 2024-017 correction-received 2024-02-08
x request event 2024-017 still-unclear 2024-02-16
x request add 2024-018 --applicant 赵敏 --type natural --channel fax --received 2024-02-02 --description "财政预算执行情况"
x request event 2024-018 reply 2024-02-26 --outcome withheld.3
x request add 2024-019 --applicant 某某大学法学院 --type research --channel fax --received 2024-02-05 --description "建设工程规划许可证"
x request event 2024-019 consult-start 2024-02-12 --note "某某建设工程有限公司"
x request event 2024-019 consult-end 2024-02-28
x request event 2024-019 reply 2024-03-11 --outcome granted
x request add 2024-020 --applicant 某某环保公益中心 --type nonprofit --channel online --received 2024-02-06 --description "停车收费标准"
x request event 2024-020 correction-notice 2024-02-09 --note "请明确所需信息的名称和文号"
x request event 2024-020 correction-received 2024-02-16
x request event 2024-020 reply 2024-03-01 --outcome withheld.1
x request add 2024-021 --applicant 某某商贸有限公司 --type business --channel online --received 2024-02-07 --description "行政处罚决定书"
x request event 2024-021 reply 2024-02-28 --outcome withheld.2
x request add 2024-022 --applicant 李娜 --type natural --channel in_person --received 2024-02-09 --description "建设工程规划许可证"
x request event 2024-022 reply 2024-03-01 --outcome granted
x request add 2024-023 --applicant 孙浩 --type natural --channel online --received 2024-02-12 --description "征地补偿安置方案"
x request event 2024-023 reply 2024-02-29 --outcome unable.2
x request add 2024-024 --applicant 王芳 --type natural --channel email --received 2024-02-12 --description "行政处罚决定书"
x request event 2024-024 correction-notice 2024-02-16 --note "请说明所需信息的具体内容"
x request event 2024-024 correction-expired 2024-03-11
x request add 2024-025 --applicant 徐丽 --type natural --channel in_person --received 2024-02-14 --description "财政预算执行情况"
x request event 2024-025 extension 2024-03-06 --days 10 --approver 王副局长
x request event 2024-025 reply 2024-03-18 --outcome unable.2
x request add 2024-026 --applicant 孙浩 --type natural --channel in_person --received 2024-02-16 --description "行政处罚决定书"
x request event 2024-026 reply 2024-03-12 --outcome granted
x request add 2024-027 --applicant 王芳 --type natural --channel email --received 2024-02-19 --description "行政处罚决定书"
x request event 2024-027 extension 2024-03-11 --days 20 --approver 王副局长
x request event 2024-027 reply 2024-03-21 --outcome granted
x request add 2024-028 --applicant 某某商贸有限公司 --type business --channel fax --received 2024-02-19 --description "征地补偿安置方案"
x request event 2024-028 fee-notice 2024-02-27 --pages 60
x request event 2024-028 fee-paid 2024-03-05
x request event 2024-028 reply 2024-03-13 --outcome granted
x request add 2024-029 --applicant 陈静 --type natural --channel fax --received 2024-02-21 --description "环境影响评价报告"
x request event 2024-029 fee-notice 2024-02-29 --pages 40
x request event 2024-029 fee-paid 2024-03-07
x request event 2024-029 reply 2024-03-15 --outcome granted
x request add 2024-030 --applicant 杨磊 --type natural --channel post --received 2024-02-23 --description "建设工程规划许可证"
x request event 2024-030 reply 2024-03-08 --outcome withheld.8
x request add 2024-031 --applicant 吴昊 --type natural --channel online --received 2024-02-26 --description "公交线路调整依据"
x request event 2024-031 extension 2024-03-18 --days 20 --approver 王副局长
x request event 2024-031 reply 2024-03-28 --outcome granted
x request add 2024-032 --applicant 李娜 --type natural --channel in_person --received 2024-02-26 --description "行政处罚决定书"
x request event 2024-032 consult-start 2024-03-04 --note "某市自然资源和规划局"
x request event 2024-032 consult-end 2024-03-20
x request event 2024-032 reply 2024-04-01 --outcome granted
x request add 2024-033 --applicant 孙浩 --type natural --channel post --received 2024-02-28 --description "停车收费标准"
x request event 2024-033 reply 2024-03-08 --outcome partly
x request add 2024-034 --applicant 徐丽 --type natural --channel online --received 2024-02-29 --description "行政处罚决定书"
x request event 2024-034 reply 2024-03-08 --outcome granted
x request add 2024-035 --applicant 某某商贸有限公司 --type business --channel post --received 2024-03-04 --description "道路建设规划"
x request event 2024-035 consult-start 2024-03-11 --note "某某物业服务有限公司"
x request event 2024-035 consult-end 2024-03-27
x request event 2024-035 extension 2024-04-01 --days 20 --approver 王副局长
x request event 2024-035 reply 2024-05-01 --outcome partly
x request add 2024-036 --applicant 孙浩 --type natural --channel post --received 2024-03-04 --description "老旧小区改造名单"
x request event 2024-036 correction-notice 2024-03-08 --note "请说明所需信息的具体内容"
x request event 2024-036 correction-expired 2024-04-01
x request add 2024-037 --applicant 黄强 --type natural --channel fax --received 2024-12-19 --description "占道施工审批材料"
x request add 2024-038 --applicant 某某环保公益中心 --type nonprofit --channel fax --received 2024-03-07 --description "行政处罚决定书"
x request event 2024-038 reply 2024-03-28 --outcome partly
x request add 2024-039 --applicant 某某商贸有限公司 --type business --channel post --received 2024-03-11 --description "停车收费标准"
x request event 2024-039 reply 2024-03-29 --outcome not_processed.3
x request add 2024-040 --applicant 王芳 --type natural --channel in_person --received 2024-03-11 --description "停车收费标准"
x request event 2024-040 reply 2024-03-22 --outcome withheld.4
x request add 2024-041 --applicant 黄强 --type natural --channel in_person --received 2024-03-12 --description "建设工程规划许可证"
x request event 2024-041 reply 2024-03-21 --outcome granted
x request add 2024-042 --applicant 赵敏 --type natural --channel online --received 2024-03-14 --description "行政处罚决定书"
x request event 2024-042 consult-start 2024-03-21 --note "某某运输有限公司"
x request event 2024-042 consult-end 2024-04-08
x request event 2024-042 reply 2024-04-18 --outcome granted
x request add 2024-043 --applicant 徐丽 --type natural --channel in_person --received 2024-03-18 --description "老旧小区改造名单"
x request event 2024-043 reply 2024-04-01 --outcome partly
x request add 2024-044 --applicant 徐丽 --type natural --channel in_person --received 2024-03-18 --description "行政处罚决定书"
x request event 2024-044 reply 2024-04-03 --outcome not_processed.3
x request add 2024-045 --applicant 某某律师事务所 --type legal --channel fax --received 2024-03-19 --description "财政预算执行情况"
x request event 2024-045 correction-notice 2024-03-22 --note "请明确所需信息的名称和文号"
x request event 2024-045 correction-received 2024-03-29
x request event 2024-045 reply 2024-04-12 --outcome other.3
x request add 2024-046 --applicant 某某商贸有限公司 --type business --channel online --received 2024-12-09 --description "行政处罚决定书"
x request add 2024-047 --applicant 杨磊 --type natural --channel online --received 2024-03-22 --description "环境影响评价报告"
x request event 2024-047 reply 2024-04-08 --outcome other.3
x request add 2024-048 --applicant 杨磊 --type natural --channel online --received 2024-03-25 --description "道路建设规划"
x request event 2024-048 correction-notice 2024-03-27
x request event 2024-048 correction-received 2024-04-02
x request event 2024-048 still-unclear 2024-04-10
x request add 2024-049 --applicant 吴昊 --type natural --channel post --received 2024-03-26 --description "建设工程规划许可证"
x request event 2024-049 reply 2024-04-05 --outcome partly
x request add 2024-050 --applicant 黄强 --type natural --channel in_person --received 2024-03-28 --description "道路建设规划"
x request event 2024-050 consult-start 2024-04-04 --note "某市生态环境局"
x request event 2024-050 consult-end 2024-04-22
x request event 2024-050 extension 2024-04-25 --days 20 --approver 王副局长
x request event 2024-050 reply 2024-05-27 --outcome partly
x request add 2024-051 --applicant 某某商贸有限公司 --type business --channel online --received 2024-03-29 --description "公交线路调整依据"
x request event 2024-051 extension 2024-04-19 --days 15 --approver 王副局长
x request event 2024-051 reply 2024-05-01 --outcome granted
x request add 2024-052 --applicant 徐丽 --type natural --channel online --received 2024-04-01 --description "环境影响评价报告"
x request event 2024-052 fee-notice 2024-04-09 --pages 40
x request event 2024-052 fee-paid 2024-04-16
x request event 2024-052 reply 2024-04-24 --outcome granted
x request add 2024-053 --applicant 某某物流有限公司 --type business --channel post --received 2024-04-02 --description "财政预算执行情况"
x request event 2024-053 reply 2024-04-19 --outcome granted
x request add 2024-054 --applicant 某某村民委员会 --type other --channel post --received 2024-04-03 --description "道路建设规划"
x request event 2024-054 reply 2024-04-25 --outcome not_processed.5
x request add 2024-055 --applicant 某某建设有限公司 --type business --channel online --received 2024-04-05 --description "征地补偿安置方案"
x request event 2024-055 consult-start 2024-04-12 --note "某某置业有限公司"
x request event 2024-055 consult-end 2024-04-30
x request event 2024-055 reply 2024-05-10 --outcome granted
x request add 2024-056 --applicant 某某物流有限公司 --type business --channel post --received 2024-04-08 --description "老旧小区改造名单"
x request event 2024-056 extension 2024-04-29 --days 20 --approver 王副局长
x request event 2024-056 reply 2024-05-09 --outcome unable.2
x request add 2024-057 --applicant 张伟 --type natural --channel in_person --received 2024-04-08 --description "停车收费标准"
x request event 2024-057 reply 2024-04-23 --outcome granted
x request add 2024-058 --applicant 杨磊 --type natural --channel fax --received 2024-04-10 --description "停车收费标准"
x request event 2024-058 reply 2024-04-17 --outcome unable.1
x request add 2024-059 --applicant 黄强 --type natural --channel email --received 2024-04-12 --description "占道施工审批材料"
x request event 2024-059 correction-notice 2024-04-16
x request event 2024-059 correction-received 2024-04-22
x request event 2024-059 still-unclear 2024-04-30
x request add 2024-060 --applicant 徐丽 --type natural --channel post --received 2024-04-15 --description "公交线路调整依据"
x request event 2024-060 reply 2024-04-30 --outcome not_processed.4
x request add 2024-061 --applicant 张伟 --type natural --channel online --received 2024-04-15 --description "停车收费标准"
x request event 2024-061 reply 2024-04-25 --outcome unable.2
x request add 2024-062 --applicant 刘洋 --type natural --channel online --received 2024-04-17 --description "道路建设规划"
x request event 2024-062 reply 2024-04-23 --outcome withheld.4
x request add 2024-063 --applicant 杨磊 --type natural --channel online --received 2024-04-19 --description "财政预算执行情况"
x request event 2024-063 reply 2024-05-06 --outcome withheld.2
x request add 2024-064 --applicant 李娜 --type natural --channel online --received 2024-04-22 --description "行政处罚决定书"
x request event 2024-064 reply 2024-04-29 --outcome unable.1
x request add 2024-065 --applicant 某某大学法学院 --type research --channel in_person --received 2024-04-22 --description "环境影响评价报告"
x request event 2024-065 reply 2024-05-10 --outcome granted
x request add 2024-066 --applicant 张伟 --type natural --channel email --received 2024-04-24 --description "停车收费标准"
x request event 2024-066 reply 2024-05-16 --outcome other.3
x request add 2024-067 --applicant 某某商贸有限公司 --type business --channel online --received 2024-04-25 --description "道路建设规划"
x request event 2024-067 reply 2024-05-15 --outcome granted
x request add 2024-068 --applicant 周婷 --type natural --channel online --received 2024-04-29 --description "老旧小区改造名单"
x request event 2024-068 consult-start 2024-05-06 --note "某某商贸有限公司"
x request event 2024-068 consult-end 2024-05-22
x request event 2024-068 extension 2024-05-27 --days 20 --approver 王副局长
x request event 2024-068 reply 2024-06-26 --outcome withheld.4
x request add 2024-069 --applicant 某某建设有限公司 --type business --channel online --received 2024-04-29 --description "财政预算执行情况"
x request event 2024-069 reply 2024-05-06 --outcome withheld.8
x request add 2024-070 --applicant 某某律师事务所 --type legal --channel in_person --received 2024-05-01 --description "征地补偿安置方案"
x request event 2024-070 reply 2024-05-15 --outcome granted
x request add 2024-071 --applicant 王芳 --type natural --channel online --received 2024-05-02 --description "老旧小区改造名单"
x request event 2024-071 reply 2024-05-15 --outcome partly
x request add 2024-072 --applicant 黄强 --type natural --channel post --received 2024-05-06 --description "占道施工审批材料"
x request event 2024-072 correction-notice 2024-05-09 --note "请明确所需信息的名称和文号"
x request event 2024-072 correction-received 2024-05-16
x request event 2024-072 reply 2024-05-30 --outcome granted
x request add 2024-073 --applicant 某某商贸有限公司 --type business --channel post --received 2024-05-06 --description "停车收费标准"
x request event 2024-073 consult-start 2024-05-13 --note "某某科技有限公司"
x request event 2024-073 consult-end 2024-05-29
x request event 2024-073 reply 2024-06-10 --outcome granted
x request add 2024-074 --applicant 刘洋 --type natural --channel post --received 2024-05-07 --description "财政预算执行情况"
x request event 2024-074 reply 2024-05-31 --outcome granted
x request add 2024-075 --applicant 孙浩 --type natural --channel online --received 2024-05-09 --description "行政处罚决定书"
x request event 2024-075 reply 2024-05-23 --outcome unable.1
x request add 2024-076 --applicant 某某物流有限公司 --type business --channel fax --received 2024-05-13 --description "环境影响评价报告"
x request event 2024-076 reply 2024-06-03 --outcome unable.1
x request add 2024-077 --applicant 某某商贸有限公司 --type business --channel fax --received 2024-05-13 --description "征地补偿安置方案"
x request event 2024-077 reply 2024-05-28 --outcome withheld.4
x request add 2024-078 --applicant 某某村民委员会 --type other --channel post --received 2024-05-14 --description "征地补偿安置方案"
x request event 2024-078 reply 2024-05-21 --outcome unable.1
x request add 2024-079 --applicant 黄强 --type natural --channel online --received 2024-05-16 --description "占道施工审批材料"
x request event 2024-079 reply 2024-05-27 --outcome partly
x request add 2024-080 --applicant 某某大学法学院 --type research --channel in_person --received 2024-05-20 --description "征地补偿安置方案"
x request event 2024-080 reply 2024-06-12 --outcome unable.1
x request add 2024-081 --applicant 某某律师事务所 --type legal --channel in_person --received 2024-05-20 --description "老旧小区改造名单"
x request event 2024-081 reply 2024-06-06 --outcome withheld.7
x request add 2024-082 --applicant 某某村民委员会 --type other --channel online --received 2024-05-21 --description "财政预算执行情况"
x request event 2024-082 reply 2024-05-24 --outcome unable.1
x request add 2024-083 --applicant 某某大学法学院 --type research --channel in_person --received 2024-05-23 --description "建设工程规划许可证"
x request event 2024-083 reply 2024-06-10 --outcome granted
x request add 2024-084 --applicant 孙浩 --type natural --channel email --received 2024-05-24 --description "行政处罚决定书"
x request event 2024-084 consult-start 2024-05-31 --note "某某餐饮管理有限公司"
x request event 2024-084 consult-end 2024-06-18
x request event 2024-084 reply 2024-06-28 --outcome partly
x request add 2024-085 --applicant 某某律师事务所 --type legal --channel fax --received 2024-05-27 --description "老旧小区改造名单"
x request event 2024-085 reply 2024-06-03 --outcome unable.1
x request add 2024-086 --applicant 某某商贸有限公司 --type business --channel in_person --received 2024-05-28 --description "行政处罚决定书"
x request event 2024-086 correction-notice 2024-05-31 --note "请明确所需信息的名称和文号"
x request event 2024-086 correction-received 2024-06-07
x request event 2024-086 reply 2024-06-21 --outcome withheld.8
x request add 2024-087 --applicant 吴昊 --type natural --channel online --received 2024-05-29 --description "老旧小区改造名单"
x request event 2024-087 reply 2024-06-14 --outcome partly
x request add 2024-088 --applicant 某某物流有限公司 --type business --channel in_person --received 2024-05-31 --description "征地补偿安置方案"
x request event 2024-088 reply 2024-06-26 --outcome granted
x request add 2024-089 --applicant 某某环保公益中心 --type nonprofit --channel online --received 2024-06-03 --description "行政处罚决定书"
x request event 2024-089 reply 2024-06-20 --outcome not_processed.4
x request add 2024-090 --applicant 李娜 --type natural --channel online --received 2024-06-04 --description "征地补偿安置方案"
x request event 2024-090 reply 2024-06-10 --outcome other.3
x request add 2024-091 --applicant 某某律师事务所 --type legal --channel fax --received 2024-06-05 --description "财政预算执行情况"
x request event 2024-091 reply 2024-06-17 --outcome partly
x request add 2024-092 --applicant 陈静 --type natural --channel post --received 2024-06-07 --description "环境影响评价报告"
x request event 2024-092 fee-notice 2024-06-17 --pages 50
x request event 2024-092 fee-unpaid 2024-07-16
x request add 2024-093 --applicant 陈静 --type natural --channel post --received 2024-06-10 --description "建设工程规划许可证"
x request event 2024-093 reply 2024-06-20 --outcome not_processed.3
x request add 2024-094 --applicant 某某建设有限公司 --type business --channel post --received 2024-06-10 --description "老旧小区改造名单"
x request event 2024-094 correction-notice 2024-06-12
x request event 2024-094 correction-received 2024-06-18
x request event 2024-094 still-unclear 2024-06-26
x request add 2024-095 --applicant 某某大学法学院 --type research --channel online --received 2024-06-12 --description "公交线路调整依据"
x request event 2024-095 reply 2024-06-24 --outcome withheld.5
x request add 2024-096 --applicant 张伟 --type natural --channel online --received 2024-06-14 --description "占道施工审批材料"
x request event 2024-096 reply 2024-06-27 --outcome granted
x request add 2024-097 --applicant 李娜 --type natural --channel online --received 2024-06-17 --description "征地补偿安置方案"
x request event 2024-097 reply 2024-06-20 --outcome withheld.8
x request add 2024-098 --applicant 周婷 --type natural --channel online --received 2024-06-17 --description "占道施工审批材料"
x request event 2024-098 extension 2024-07-08 --days 15 --approver 王副局长
x request event 2024-098 reply 2024-07-18 --outcome not_processed.4
x request add 2024-099 --applicant 黄强 --type natural --channel online --received 2024-12-23 --description "道路建设规划"
x request add 2024-100 --applicant 赵敏 --type natural --channel online --received 2024-06-21 --description "道路建设规划"
x request event 2024-100 reply 2024-07-16 --outcome granted
x request add 2024-101 --applicant 杨磊 --type natural --channel post --received 2024-06-24 --description "停车收费标准"
x request event 2024-101 reply 2024-07-17 --outcome partly
x request add 2024-102 --applicant 王芳 --type natural --channel online --received 2024-06-24 --description "征地补偿安置方案"
x request event 2024-102 reply 2024-07-08 --outcome partly
x request add 2024-103 --applicant 某某村民委员会 --type other --channel in_person --received 2024-06-26 --description "财政预算执行情况"
x request event 2024-103 reply 2024-07-08 --outcome unable.1
x request add 2024-104 --applicant 刘洋 --type natural --channel online --received 2024-06-27 --description "公交线路调整依据"
x request event 2024-104 correction-notice 2024-07-02 --note "请明确所需信息的名称和文号"
x request event 2024-104 correction-received 2024-07-09
x request event 2024-104 reply 2024-07-23 --outcome granted
x request add 2024-105 --applicant 刘洋 --type natural --channel online --received 2024-07-01 --description "行政处罚决定书"
x request event 2024-105 consult-start 2024-07-08 --note "某某实业有限公司"
x request event 2024-105 consult-end 2024-07-24
x request event 2024-105 extension 2024-07-29 --days 20 --approver 王副局长
x request event 2024-105 reply 2024-08-28 --outcome granted
x request add 2024-106 --applicant 某某律师事务所 --type legal --channel in_person --received 2024-07-01 --description "建设工程规划许可证"
x request event 2024-106 correction-notice 2024-07-05 --note "请说明所需信息的具体内容"
x request event 2024-106 correction-expired 2024-07-29
x request add 2024-107 --applicant 张伟 --type natural --channel fax --received 2024-07-02 --description "道路建设规划"
x request event 2024-107 reply 2024-07-15 --outcome withheld.4
x request add 2024-108 --applicant 黄强 --type natural --channel email --received 2024-07-04 --description "财政预算执行情况"
x request event 2024-108 correction-notice 2024-07-09 --note "请明确所需信息的名称和文号"
x request event 2024-108 correction-received 2024-07-16
x request event 2024-108 reply 2024-07-30 --outcome granted
x request add 2024-109 --applicant 某某律师事务所 --type legal --channel online --received 2024-07-08 --description "停车收费标准"
x request event 2024-109 reply 2024-08-01 --outcome withheld.2
x request add 2024-110 --applicant 黄强 --type natural --channel in_person --received 2024-07-08 --description "环境影响评价报告"
x request event 2024-110 consult-start 2024-07-15 --note "某某环保科技有限公司"
x request event 2024-110 consult-end 2024-07-31
x request event 2024-110 reply 2024-08-12 --outcome withheld.4
x request add 2024-111 --applicant 周婷 --type natural --channel online --received 2024-12-13 --description "老旧小区改造名单"
x request add 2024-112 --applicant 赵敏 --type natural --channel post --received 2024-07-11 --description "征地补偿安置方案"
x request event 2024-112 consult-start 2024-07-18 --note "某某房地产开发有限公司"
x request event 2024-112 consult-end 2024-08-05
x request event 2024-112 reply 2024-08-15 --outcome partly
x request add 2024-113 --applicant 徐丽 --type natural --channel email --received 2024-07-15 --description "行政处罚决定书"
x request event 2024-113 correction-notice 2024-07-19 --note "请说明所需信息的具体内容"
x request event 2024-113 correction-expired 2024-08-12
x request add 2024-114 --applicant 某某村民委员会 --type other --channel in_person --received 2024-07-15 --description "占道施工审批材料"
x request event 2024-114 reply 2024-08-08 --outcome unable.1
x request add 2024-115 --applicant 张伟 --type natural --channel post --received 2024-07-16 --description "环境影响评价报告"
x request event 2024-115 correction-notice 2024-07-19 --note "请明确所需信息的名称和文号"
x request event 2024-115 correction-received 2024-07-26
x request event 2024-115 reply 2024-08-09 --outcome unable.1
x request add 2024-116 --applicant 李娜 --type natural --channel online --received 2024-07-18 --description "公交线路调整依据"
x request event 2024-116 consult-start 2024-07-25 --note "某某建设工程有限公司"
x request event 2024-116 consult-end 2024-08-12
x request event 2024-116 reply 2024-08-22 --outcome granted
x request add 2024-117 --applicant 吴昊 --type natural --channel online --received 2024-07-19 --description "财政预算执行情况"
x request event 2024-117 reply 2024-08-05 --outcome withheld.2
x request add 2024-118 --applicant 陈静 --type natural --channel online --received 2024-07-22 --description "老旧小区改造名单"
x request event 2024-118 reply 2024-08-13 --outcome unable.1
x request add 2024-119 --applicant 某某物流有限公司 --type business --channel email --received 2024-07-23 --description "道路建设规划"
x request event 2024-119 reply 2024-08-07 --outcome granted
x request add 2024-120 --applicant 黄强 --type natural --channel online --received 2024-07-25 --description "财政预算执行情况"
x request event 2024-120 consult-start 2024-08-01 --note "某市自然资源和规划局"
x request event 2024-120 consult-end 2024-08-19
x request event 2024-120 extension 2024-08-22 --days 20 --approver 王副局长
x request event 2024-120 reply 2024-09-23 --outcome partly
x request add 2024-121 --applicant 某某村民委员会 --type other --channel in_person --received 2024-07-26 --description "老旧小区改造名单"
x request event 2024-121 reply 2024-07-31 --outcome partly
x request add 2024-122 --applicant 王芳 --type natural --channel online --received 2024-12-04 --description "征地补偿安置方案"
x request add 2024-123 --applicant 吴昊 --type natural --channel online --received 2024-07-30 --description "行政处罚决定书"
x request event 2024-123 reply 2024-08-05 --outcome unable.1
x request add 2024-124 --applicant 某某大学法学院 --type research --channel in_person --received 2024-07-31 --description "征地补偿安置方案"
x request event 2024-124 reply 2024-08-22 --outcome withheld.2
x request add 2024-125 --applicant 张伟 --type natural --channel online --received 2024-08-02 --description "建设工程规划许可证"
x request event 2024-125 reply 2024-08-12 --outcome granted
x request add 2024-126 --applicant 赵敏 --type natural --channel online --received 2024-08-05 --description "征地补偿安置方案"
x request event 2024-126 consult-start 2024-08-12 --note "某某物业服务有限公司"
x request event 2024-126 consult-end 2024-08-28
x request event 2024-126 reply 2024-09-09 --outcome granted
x request add 2024-127 --applicant 某某商贸有限公司 --type business --channel email --received 2024-08-05 --description "道路建设规划"
x request event 2024-127 correction-notice 2024-08-08 --note "请明确所需信息的名称和文号"
x request event 2024-127 correction-received 2024-08-15
x request event 2024-127 reply 2024-08-29 --outcome not_processed.2
x request add 2024-128 --applicant 某某物流有限公司 --type business --channel online --received 2024-08-07 --description "公交线路调整依据"
x request event 2024-128 reply 2024-08-16 --outcome unable.1
x request add 2024-129 --applicant 赵敏 --type natural --channel online --received 2024-08-09 --description "老旧小区改造名单"
x request event 2024-129 reply 2024-08-22 --outcome granted
x request add 2024-130 --applicant 张伟 --type natural --channel online --received 2024-08-12 --description "停车收费标准"
x request event 2024-130 consult-start 2024-08-19 --note "某某运输有限公司"
x request event 2024-130 consult-end 2024-09-04
x request event 2024-130 extension 2024-09-09 --days 20 --approver 王副局长
x request event 2024-130 reply 2024-10-09 --outcome withheld.4
x request add 2024-131 --applicant 黄强 --type natural --channel post --received 2024-08-12 --description "道路建设规划"
x request event 2024-131 consult-start 2024-08-19 --note "某市生态环境局"
x request event 2024-131 consult-end 2024-09-04
x request event 2024-131 reply 2024-09-16 --outcome partly
x request add 2024-132 --applicant 陈静 --type natural --channel post --received 2024-08-14 --description "环境影响评价报告"
x request event 2024-132 reply 2024-08-27 --outcome unable.1
x request add 2024-133 --applicant 某某建设有限公司 --type business --channel online --received 2024-08-16 --description "行政处罚决定书"
x request event 2024-133 reply 2024-08-29 --outcome not_processed.5
x request add 2024-134 --applicant 某某村民委员会 --type other --channel online --received 2024-08-19 --description "财政预算执行情况"
x request event 2024-134 fee-notice 2024-08-27 --pages 60
x request event 2024-134 fee-paid 2024-09-03
x request event 2024-134 reply 2024-09-11 --outcome granted
x request add 2024-135 --applicant 黄强 --type natural --channel fax --received 2024-08-19 --description "道路建设规划"
x request event 2024-135 reply 2024-08-27 --outcome granted
x request add 2024-136 --applicant 某某商贸有限公司 --type business --channel online --received 2024-08-21 --description "道路建设规划"
x request event 2024-136 reply 2024-09-04 --outcome unable.2
x request add 2024-137 --applicant 陈静 --type natural --channel post --received 2024-08-22 --description "占道施工审批材料"
x request event 2024-137 extension 2024-09-12 --days 15 --approver 王副局长
x request event 2024-137 reply 2024-09-24 --outcome not_processed.3
x request add 2024-138 --applicant 张伟 --type natural --channel in_person --received 2024-08-26 --description "道路建设规划"
x request event 2024-138 reply 2024-09-18 --outcome partly
x request add 2024-139 --applicant 吴昊 --type natural --channel online --received 2024-08-26 --description "老旧小区改造名单"
x request event 2024-139 reply 2024-09-06 --outcome unable.2
x request add 2024-140 --applicant 张伟 --type natural --channel post --received 2024-08-28 --description "建设工程规划许可证"
x request event 2024-140 correction-notice 2024-09-02 --note "请明确所需信息的名称和文号"
x request event 2024-140 correction-received 2024-09-09
x request event 2024-140 reply 2024-09-23 --outcome granted
x request add 2024-141 --applicant 孙浩 --type natural --channel in_person --received 2024-08-29 --description "建设工程规划许可证"
x request event 2024-141 reply 2024-09-16 --outcome unable.2
x request add 2024-142 --applicant 某某商贸有限公司 --type business --channel email --received 2024-09-02 --description "征地补偿安置方案"
x request event 2024-142 extension 2024-09-23 --days 15 --approver 王副局长
x request event 2024-142 reply 2024-10-03 --outcome withheld.6
x request add 2024-143 --applicant 杨磊 --type natural --channel post --received 2024-09-02 --description "老旧小区改造名单"
x request event 2024-143 reply 2024-09-18 --outcome granted
x request add 2024-144 --applicant 某某物流有限公司 --type business --channel post --received 2024-09-03 --description "道路建设规划"
x request event 2024-144 reply 2024-09-09 --outcome granted
x request add 2024-145 --applicant 某某商贸有限公司 --type business --channel post --received 2024-09-05 --description "老旧小区改造名单"
x request event 2024-145 reply 2024-09-10 --outcome partly
x request add 2024-146 --applicant 王芳 --type natural --channel online --received 2024-09-09 --description "道路建设规划"
x request event 2024-146 reply 2024-09-26 --outcome unable.1
x request add 2024-147 --applicant 某某大学法学院 --type research --channel online --received 2024-09-09 --description "道路建设规划"
x request event 2024-147 reply 2024-09-16 --outcome granted
x request add 2024-148 --applicant 王芳 --type natural --channel post --received 2024-09-10 --description "道路建设规划"
x request event 2024-148 extension 2024-10-01 --days 10 --approver 王副局长
x request event 2024-148 reply 2024-10-11 --outcome granted
x request add 2024-149 --applicant 某某律师事务所 --type legal --channel online --received 2024-09-12 --description "道路建设规划"
x request event 2024-149 reply 2024-10-08 --outcome unable.2
x request add 2024-150 --applicant 徐丽 --type natural --channel in_person --received 2024-09-16 --description "公交线路调整依据"
x request event 2024-150 reply 2024-10-03 --outcome not_processed.2
x request add 2024-151 --applicant 刘洋 --type natural --channel in_person --received 2024-09-16 --description "公交线路调整依据"
x request event 2024-151 extension 2024-10-07 --days 15 --approver 王副局长
x request event 2024-151 reply 2024-10-17 --outcome granted
x request add 2024-152 --applicant 徐丽 --type natural --channel online --received 2024-09-17 --description "老旧小区改造名单"
x request event 2024-152 extension 2024-10-08 --days 15 --approver 王副局长
x request event 2024-152 reply 2024-10-18 --outcome granted
x request add 2024-153 --applicant 李娜 --type natural --channel online --received 2024-09-19 --description "环境影响评价报告"
x request event 2024-153 correction-notice 2024-09-24 --note "请明确所需信息的名称和文号"
x request event 2024-153 correction-received 2024-10-01
x request event 2024-153 reply 2024-10-15 --outcome partly
x request add 2024-154 --applicant 王芳 --type natural --channel post --received 2024-09-20 --description "道路建设规划"
x request event 2024-154 reply 2024-10-11 --outcome withheld.1
x request add 2024-155 --applicant 孙浩 --type natural --channel online --received 2024-09-23 --description "老旧小区改造名单"
x request event 2024-155 reply 2024-10-14 --outcome granted
x request add 2024-156 --applicant 杨磊 --type natural --channel post --received 2024-09-24 --description "公交线路调整依据"
x request event 2024-156 reply 2024-10-14 --outcome withheld.3
x request add 2024-157 --applicant 黄强 --type natural --channel fax --received 2024-09-25 --description "公交线路调整依据"
x request event 2024-157 reply 2024-09-30 --outcome granted
x request add 2024-158 --applicant 吴昊 --type natural --channel online --received 2024-09-27 --description "停车收费标准"
x request event 2024-158 consult-start 2024-10-04 --note "某某置业有限公司"
x request event 2024-158 consult-end 2024-10-22
x request event 2024-158 extension 2024-10-25 --days 20 --approver 王副局长
x request event 2024-158 reply 2024-11-26 --outcome withheld.4
x request add 2024-159 --applicant 某某商贸有限公司 --type business --channel in_person --received 2024-09-30 --description "公交线路调整依据"
x request event 2024-159 reply 2024-10-15 --outcome not_processed.5
x request add 2024-160 --applicant 徐丽 --type natural --channel online --received 2024-10-01 --description "征地补偿安置方案"
x request event 2024-160 reply 2024-10-22 --outcome not_processed.5
x request add 2024-161 --applicant 陈静 --type natural --channel in_person --received 2024-10-02 --description "公交线路调整依据"
x request event 2024-161 fee-notice 2024-10-10 --pages 50
x request event 2024-161 fee-unpaid 2024-11-08
x request add 2024-162 --applicant 陈静 --type natural --channel in_person --received 2024-10-04 --description "道路建设规划"
x request event 2024-162 consult-start 2024-10-11 --note "某某商贸有限公司"
x request event 2024-162 consult-end 2024-10-29
x request event 2024-162 reply 2024-11-08 --outcome granted
x request add 2024-163 --applicant 某某村民委员会 --type other --channel post --received 2024-10-07 --description "环境影响评价报告"
x request event 2024-163 reply 2024-10-23 --outcome granted
x request add 2024-164 --applicant 刘洋 --type natural --channel in_person --received 2024-10-07 --description "道路建设规划"
x request event 2024-164 fee-notice 2024-10-15 --pages 100
x request event 2024-164 fee-paid 2024-10-22
x request event 2024-164 reply 2024-10-30 --outcome granted
x request add 2024-165 --applicant 某某物流有限公司 --type business --channel online --received 2024-10-09 --description "建设工程规划许可证"
x request event 2024-165 reply 2024-10-30 --outcome unable.2
x request add 2024-166 --applicant 某某物流有限公司 --type business --channel fax --received 2024-10-11 --description "建设工程规划许可证"
x request event 2024-166 extension 2024-11-01 --days 20 --approver 王副局长
x request event 2024-166 reply 2024-11-13 --outcome granted
x request add 2024-167 --applicant 某某建设有限公司 --type business --channel fax --received 2024-10-14 --description "建设工程规划许可证"
x request event 2024-167 reply 2024-10-28 --outcome partly
x request add 2024-168 --applicant 杨磊 --type natural --channel online --received 2024-10-14 --description "环境影响评价报告"
x request event 2024-168 reply 2024-11-07 --outcome partly
x request add 2024-169 --applicant 杨磊 --type natural --channel post --received 2024-12-11 --description "环境影响评价报告"
x request add 2024-170 --applicant 某某建设有限公司 --type business --channel online --received 2024-10-18 --description "建设工程规划许可证"
x request event 2024-170 reply 2024-11-01 --outcome partly
x request add 2024-171 --applicant 某某物流有限公司 --type business --channel post --received 2024-10-21 --description "道路建设规划"
x request event 2024-171 reply 2024-11-14 --outcome unable.2
x request add 2024-172 --applicant 某某环保公益中心 --type nonprofit --channel post --received 2024-10-21 --description "道路建设规划"
x request event 2024-172 reply 2024-11-04 --outcome granted
x request add 2024-173 --applicant 黄强 --type natural --channel post --received 2024-10-23 --description "占道施工审批材料"
x request event 2024-173 reply 2024-11-08 --outcome partly
x request add 2024-174 --applicant 吴昊 --type natural --channel post --received 2024-12-16 --description "行政处罚决定书"
x request add 2024-175 --applicant 李娜 --type natural --channel post --received 2024-10-28 --description "建设工程规划许可证"
x request event 2024-175 consult-start 2024-11-04 --note "某某科技有限公司"
x request event 2024-175 consult-end 2024-11-20
x request event 2024-175 extension 2024-11-25 --days 20 --approver 王副局长
x request event 2024-175 reply 2024-12-25 --outcome granted
x request add 2024-176 --applicant 黄强 --type natural --channel fax --received 2024-10-28 --description "占道施工审批材料"
x request event 2024-176 extension 2024-11-18 --days 10 --approver 王副局长
x request event 2024-176 reply 2024-11-28 --outcome granted
x request add 2024-177 --applicant 某某村民委员会 --type other --channel online --received 2024-10-29 --description "征地补偿安置方案"
x request event 2024-177 reply 2024-11-15 --outcome unable.1
x request add 2024-178 --applicant 某某商贸有限公司 --type business --channel in_person --received 2024-10-31 --description "征地补偿安置方案"
x request event 2024-178 reply 2024-11-18 --outcome unable.1
x request add 2024-179 --applicant 赵敏 --type natural --channel post --received 2024-11-04 --description "占道施工审批材料"
x request event 2024-179 reply 2024-11-13 --outcome granted
x request add 2024-180 --applicant 某某大学法学院 --type research --channel email --received 2024-11-04 --description "建设工程规划许可证"
x request event 2024-180 reply 2024-11-07 --outcome withheld.7
x request add 2024-181 --applicant 李娜 --type natural --channel fax --received 2024-11-05 --description "征地补偿安置方案"
x request event 2024-181 correction-notice 2024-11-11 --note "请说明所需信息的具体内容"
x request event 2024-181 correction-expired 2024-12-03
x request add 2024-182 --applicant 赵敏 --type natural --channel online --received 2024-11-07 --description "停车收费标准"
x request event 2024-182 reply 2024-11-25 --outcome unable.1
x request add 2024-183 --applicant 王芳 --type natural --channel online --received 2024-11-11 --description "征地补偿安置方案"
x request event 2024-183 extension 2024-12-02 --days 20 --approver 王副局长
x request event 2024-183 reply 2024-12-12 --outcome withheld.2
x request add 2024-184 --applicant 孙浩 --type natural --channel online --received 2024-11-11 --description "征地补偿安置方案"
x request event 2024-184 fee-notice 2024-11-19 --pages 50
x request event 2024-184 fee-unpaid 2024-12-18
x request add 2024-185 --applicant 吴昊 --type natural --channel online --received 2024-11-12 --description "道路建设规划"
x request event 2024-185 reply 2024-11-19 --outcome withheld.5
x request add 2024-186 --applicant 张伟 --type natural --channel in_person --received 2024-11-14 --description "老旧小区改造名单"
x request event 2024-186 fee-notice 2024-11-22 --pages 60
x request event 2024-186 fee-paid 2024-11-29
x request event 2024-186 reply 2024-12-09 --outcome granted
x request add 2024-187 --applicant 某某大学法学院 --type research --channel post --received 2024-11-15 --description "道路建设规划"
x request event 2024-187 reply 2024-11-26 --outcome withheld.2
x request add 2024-188 --applicant 王芳 --type natural --channel online --received 2024-12-10 --description "行政处罚决定书"
x request add 2024-189 --applicant 某某商贸有限公司 --type business --channel email --received 2024-11-19 --description "行政处罚决定书"
x request event 2024-189 reply 2024-11-22 --outcome granted
x request add 2024-190 --applicant 刘洋 --type natural --channel fax --received 2024-11-21 --description "征地补偿安置方案"
x request event 2024-190 correction-notice 2024-11-27 --note "请说明所需信息的具体内容"
x request event 2024-190 correction-expired 2024-12-19
x request add 2024-191 --applicant 某某大学法学院 --type research --channel in_person --received 2024-11-22 --description "征地补偿安置方案"
x request event 2024-191 reply 2024-12-18 --outcome not_processed.4
x request add 2024-192 --applicant 徐丽 --type natural --channel online --received 2024-11-25 --description "停车收费标准"
x request event 2024-192 fee-notice 2024-12-03 --pages 50
x request event 2024-192 fee-unpaid 2025-01-01
x request add 2024-193 --applicant 某某建设有限公司 --type business --channel in_person --received 2024-11-26 --description "行政处罚决定书"
x request event 2024-193 correction-notice 2024-12-02 --note "请说明所需信息的具体内容"
x request event 2024-193 correction-expired 2024-12-24
x request add 2024-194 --applicant 吴昊 --type natural --channel post --received 2024-11-27 --description "公交线路调整依据"
x request event 2024-194 reply 2024-12-09 --outcome granted
x request add 2024-195 --applicant 徐丽 --type natural --channel email --received 2024-11-29 --description "道路建设规划"
x request event 2024-195 reply 2024-12-25 --outcome other.3
x request add 2024-196 --applicant 赵敏 --type natural --channel email --received 2024-12-02 --description "老旧小区改造名单"
x request event 2024-196 consult-start 2024-12-09 --note "某某餐饮管理有限公司"
x request event 2024-196 consult-end 2024-12-25
x request event 2024-196 reply 2025-01-06 --outcome granted
x request add 2024-197 --applicant 某某环保公益中心 --type nonprofit --channel online --received 2024-12-19 --description "停车收费标准"
x request add 2024-198 --applicant 陈静 --type natural --channel online --received 2024-12-04 --description "财政预算执行情况"
x request event 2024-198 correction-notice 2024-12-10 --note "请说明所需信息的具体内容"
x request event 2024-198 correction-expired 2025-01-01
x request add 2024-199 --applicant 孙浩 --type natural --channel post --received 2024-12-06 --description "建设工程规划许可证"
x request event 2024-199 reply 2024-12-11 --outcome unable.1
x request add 2024-200 --applicant 孙浩 --type natural --channel online --received 2024-12-09 --description "公交线路调整依据"
x request event 2024-200 reply 2024-12-27 --outcome withheld.4
x request add 2024-201 --applicant 李娜 --type natural --channel post --received 2024-12-10 --description "对某施工单位噪声扰民的投诉"
x request event 2024-201 reply 2024-12-16 --outcome not_processed.1

# Section 二 figures, and the cases of section 四
x figure set --year 2024 regs.issued 1
x figure set --year 2024 regs.repealed 0
x figure set --year 2024 regs.in_force 12
x figure set --year 2024 normative.issued 6
x figure set --year 2024 normative.repealed 2
x figure set --year 2024 normative.in_force 41
x figure set --year 2024 licensing 1850
x figure set --year 2024 penalty 326
x figure set --year 2024 coercion 17
x figure set --year 2024 fees_wan_yuan 35.6
x case set FY-2024-01 --kind reconsideration --filed 2024-03-12 --result upheld --decided 2024-05-10
x case set FY-2024-02 --kind reconsideration --filed 2024-06-03 --result corrected --decided 2024-08-01
x case set FY-2024-03 --kind reconsideration --filed 2024-11-20
x case set SS-2024-01 --kind litigation_direct --filed 2024-04-15 --result upheld --decided 2024-10-09
x case set SS-2024-02 --kind litigation_after_review --filed 2024-07-01

# The narrative of sections 一 and 五, written by the office (the others are drafted from the
# figures)
printf "%s\n" "2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。" \
  "（一）主动公开情况。及时公开政策文件、行政执法和财政预决算信息，做好政策解读。" \
  "（二）依申请公开情况。规范依申请公开的受理、办理和答复，按期答复率100%。" \
  "（三）政府信息管理情况。落实公开属性源头认定和保密审查机制，动态更新公开目录。" \
  "（四）政府信息公开平台建设情况。加强政府网站信息公开专栏和政务新媒体建设。" \
  "（五）监督保障情况。将政务公开纳入年度考核，组织业务培训两次。" > "$DB.one.txt"
x report text --year 2024 --section 一 "$DB.one.txt"
printf "%s\n" "一是主动公开的深度有待加强，部分栏目更新不够及时；二是依申请公开答复的规范性有待提高，1件答复被行政复议纠错。下一步，我局将完善信息发布审核机制，加强业务培训。" > "$DB.five.txt"
x report text --year 2024 --section 五 "$DB.five.txt"

# What falls due, one request explained, and the report
x request due --within 10 --today 2025-01-06
x request show 2024-001
# Letters drafted from the register, and the fee tiers
x letter 2024-001 reply --date 2024-01-10 -o "$DB.reply-2024-001.txt"
x letter 2024-014 consultation-letter -o "$DB.consultation-2024-014.txt"
x letter 2024-032 agency-consultation-letter -o "$DB.consultation-2024-032.txt"
"$X" fee pages 250
x report --year 2024 --date 2025-01-20 --format txt -o "$DB.report.txt"
x report --year 2024 --date 2025-01-20 --format md -o "$DB.report.md"
"$X" check "$DB.report.txt"
# Round trip: the text read back gives exactly the register's figures.
x report --year 2024 --date 2025-01-20 --format json > "$DB.register.json"
"$X" parse "$DB.report.txt" > "$DB.parsed.json"
python3 - "$DB.register.json" "$DB.parsed.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
same = all(a[k] == b[k] for k in ("active", "requests", "review", "agency", "year", "published"))
print("round trip:", "exact" if same else "DIFFERENT")
sys.exit(0 if same else 1)
PY
# The register for a spreadsheet, and read back into a new register: the same table again,
# every request's events included (those of 2023 too, which 2024 carries in), and the same
# table 三 written from it.
x request list --format csv --today 2025-01-20 > "$DB.requests.csv"
rm -f "$DB.copy" "$DB.copy-wal" "$DB.copy-shm"
"$X" db init --db "$DB.copy" --agency 测试市交通运输局 > /dev/null
"$X" request import "$DB.requests.csv" --db "$DB.copy"
"$X" request list --format csv --today 2025-01-20 --db "$DB.copy" > "$DB.copy.csv"
cmp "$DB.requests.csv" "$DB.copy.csv"
"$X" report --year 2024 --date 2025-01-20 --format json --db "$DB.copy" > "$DB.copy.json"
python3 - "$DB.register.json" "$DB.copy.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if a["requests"] == b["requests"] else "the copy's table 三 differs")
PY
echo "export and import: the same $(($(wc -l < "$DB.copy.csv") - 1)) requests, the same table 三"
echo "register: $DB; report: $DB.report.txt"
